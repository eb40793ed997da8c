import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fakeKey } from '@keylint/core/testing';
import plugin from '../../src/index.js';

/** Real mistakes of the kinds found in small apps that call OpenAI (our own examples); each must still be reported. */
function lint(code: string, filename = 'src/app.ts'): string[] {
  const configs = [{ files: ['**/*.{js,ts,tsx}'], languageOptions: { parser: tsParser } }, ...plugin.configs.recommended];
  return new Linter().verify(code, configs as never, filename).map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

const key = fakeKey('openai-project');

/** `line:column ruleId` of the first occurrence of `needle` in `code`, as ESLint reports it. */
function at(code: string, needle: string, ruleId: string): string {
  const index = code.indexOf(needle);
  const before = code.slice(0, index).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1} keylint/${ruleId}`;
}

const MISTAKES: readonly { readonly title: string; readonly code: string; readonly expected: readonly (readonly [string, string])[] }[] = [
  { title: 'a removed /v1/engines endpoint', code: `await fetch('https://api.openai.com/v1/engines/davinci/completions', { method: 'POST', headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\`, 'Content-Type': 'application/json' }, body: JSON.stringify(request) });`, expected: [['/v1/engines', 'endpoint-path']] },
  { title: 'a hard-coded key in a client', code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: '${key}' });`, expected: [[key, 'key-hardcoded']] },
  { title: 'a hard-coded key in a lone constant, in a test file too', code: `export const KEY = '${key}';`, expected: [[key, 'key-hardcoded']] },
  { title: 'a VITE_ key in a browser client', code: `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });`, expected: [['VITE_', 'env-public-prefix'], ['dangerouslyAllowBrowser', 'env-public-prefix']] },
  { title: 'a NEXT_PUBLIC_ key in a browser client built from a separate options object', code: `import OpenAI from 'openai';\nconst options = { apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY, dangerouslyAllowBrowser: true };\nexport const openai = new OpenAI(options);`, expected: [['NEXT_PUBLIC_', 'env-public-prefix'], ['dangerouslyAllowBrowser', 'env-public-prefix']] },
  { title: 'a missing anthropic-version', code: `await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'content-type': 'application/json' }, body: JSON.stringify(request) });`, expected: [['https://api.anthropic.com', 'header-missing-required']] },
  { title: '`Bearer: ${key}` in a template literal', code: `const apiKey = process.env.OPENAI_API_KEY;\nawait fetch('https://api.openai.com/v1/models', { headers: { Authorization: \`Bearer: \${apiKey}\` } });`, expected: [['Bearer:', 'header-auth-scheme']] },
  { title: 'an Authorization header with the bare key and no scheme', code: `await fetch('https://api.openai.com/v1/models', { headers: { Authorization: process.env.OPENAI_API_KEY } });`, expected: [['process.env', 'header-auth-scheme']] },
  { title: "'Bearer: ' + key appended to new Headers()", code: `const headers = new Headers();\nheaders.append('Authorization', 'Bearer: ' + process.env.OPENAI_API_KEY);\nawait fetch('https://api.openai.com/v1/models', { headers });`, expected: [['Bearer:', 'header-auth-scheme']] },
];

describe('still reports the real mistakes', () => {
  it.each(MISTAKES)('$title', ({ code, expected }) => {
    expect(lint(code)).toEqual(expected.map(([needle, ruleId]) => at(code, needle, ruleId)));
  });

  it('reports a real-looking key in a test file, where the other rules are scoped away', () => {
    const code = `const client = new OpenAI({ apiKey: '${key}' });`;
    expect(lint(code, 'src/client.test.ts')).toEqual([at(code, key, 'key-hardcoded')]);
  });
});
