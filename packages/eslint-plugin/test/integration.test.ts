import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey, fakeKeyKinds, type FakeKeyKind } from '@keylint/core/testing';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const fixtures = fileURLToPath(new URL('fixtures', import.meta.url));

/** Fixture names that stand for dot files, so the repository holds no real `.env` file. */
function targetName(fixtureName: string): string {
  if (fixtureName === 'env.fixture') return '.env';
  if (fixtureName === 'env.example.fixture') return '.env.example';
  return fixtureName;
}

/** Copies a fixture folder into a temp dir, replacing `{{FAKE:kind}}` with a fake key built now. */
function materialize(folder: string, into: string): void {
  for (const name of readdirSync(join(fixtures, folder))) {
    const text = readFileSync(join(fixtures, folder, name), 'utf8').replace(/\{\{FAKE:([a-z-]+)\}\}/g, (_, kind: string) => {
      if (!(fakeKeyKinds as string[]).includes(kind)) throw new Error(`Unknown fake key kind ${kind} in ${folder}/${name}`);
      return fakeKey(kind as FakeKeyKind, `${folder}/${name}`);
    });
    writeFileSync(join(into, targetName(name)), text);
  }
}

function eslintFor(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, ...plugin.configs.recommended, plugin.configs.env],
  });
}

/** `file:line rule` for every message, the way a person reads ESLint's output. */
function summarize(results: readonly ESLint.LintResult[], root: string): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.slice(root.length + 1)}:${message.line} ${message.ruleId ?? 'fatal'}`),
  );
}

let directory: string;
let results: ESLint.LintResult[];

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'keylint-eslint-'));
  materialize('mistakes', directory);
  results = await eslintFor(directory).lintFiles(['.']);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('real ESLint with configs.recommended and configs.env on code full of mistakes', () => {
  it('lints every fixture file, .env files included', () => {
    expect(results.map((result) => result.filePath.slice(directory.length + 1)).sort()).toEqual(['.env', '.env.example', 'openai-client.ts', 'providers.js', 'requests.ts']);
  });

  it('reports each mistake once, at its line, and nothing else', () => {
    expect(summarize(results, directory).sort()).toEqual(
      [
        '.env:1 keylint/key-whitespace',
        '.env:2 keylint/env-name',
        '.env:3 keylint/env-public-prefix',
        '.env:6 keylint/endpoint-https',
        '.env:6 keylint/endpoint-version',
        '.env.example:2 keylint/key-hardcoded',
        'openai-client.ts:4 keylint/key-hardcoded',
        'openai-client.ts:6 keylint/endpoint-version',
        'openai-client.ts:8 keylint/env-public-prefix',
        'openai-client.ts:8 keylint/env-public-prefix',
        'openai-client.ts:10 keylint/env-name',
        'openai-client.ts:10 keylint/header-openai-ids',
        'openai-client.ts:12 keylint/env-name',
        'providers.js:3 keylint/header-missing-required',
        'providers.js:12 keylint/header-key-in-url',
        'providers.js:17 keylint/endpoint-azure-api-version',
        'providers.js:24 keylint/endpoint-https',
        'providers.js:24 keylint/key-hardcoded',
        'requests.ts:5 keylint/endpoint-path',
        'requests.ts:7 keylint/header-auth-scheme',
        'requests.ts:13 keylint/endpoint-method',
        'requests.ts:13 keylint/header-auth-scheme',
        'requests.ts:17 keylint/endpoint-path',
        'requests.ts:25 keylint/endpoint-host',
        'requests.ts:29 keylint/header-key-in-url',
      ].sort(),
    );
  });

  it('honours `# eslint-disable-next-line keylint/key-whitespace` in .env files', async () => {
    const envResult = results.find((result) => result.filePath.endsWith(`${'/'}.env`)) as ESLint.LintResult;
    expect(envResult.messages.some((message) => message.line === 5)).toBe(false);
    const withoutDirective = readFileSync(join(directory, '.env'), 'utf8').replace(/^# eslint-disable-next-line.*\n/m, '');
    const [result] = await eslintFor(directory).lintText(withoutDirective, { filePath: join(directory, '.env') });
    expect(result?.messages.filter((message) => message.ruleId === 'keylint/key-whitespace').map((message) => message.line)).toEqual([1, 4]);
  });

  it('never prints a full key in a message', () => {
    const keys = fakeKeyKinds.flatMap((kind) => ['mistakes/openai-client.ts', 'mistakes/providers.js', 'mistakes/env.fixture', 'mistakes/env.example.fixture'].map((seed) => fakeKey(kind, seed)));
    for (const message of results.flatMap((result) => result.messages)) for (const key of keys) expect(message.message).not.toContain(key);
  });

  it('applies only the certain fixes: Bearer: → Bearer, http → https, the space after a key', async () => {
    const fixer = new ESLint({
      cwd: directory,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, ...plugin.configs.recommended, plugin.configs.env],
    });
    const fixed = await fixer.lintFiles(['.']);
    const output = (name: string): string | undefined => fixed.find((result) => result.filePath === join(directory, name))?.output;
    expect(output('requests.ts')).toContain('Authorization: `Bearer ${process.env.OPENAI_API_KEY}`');
    expect(output('providers.js')).toContain("baseURL: 'https://api.openai.com/v1'");
    expect(output('.env')).toMatch(/^OPENAI_API_KEY="sk-proj-[A-Za-z0-9_-]+"\n/);
    // A hard-coded key is a human's call: it stays where it is, with a suggestion.
    expect(output('openai-client.ts') ?? readFileSync(join(directory, 'openai-client.ts'), 'utf8')).toContain("const OPENAI_API_KEY = 'sk-proj-");
  });
});

describe('real ESLint on correct code and .env files', () => {
  it('stays silent', async () => {
    const correct = mkdtempSync(join(tmpdir(), 'keylint-eslint-correct-'));
    try {
      materialize('correct', correct);
      const correctResults = await eslintFor(correct).lintFiles(['.']);
      expect(correctResults).toHaveLength(4);
      expect(summarize(correctResults, correct)).toEqual([]);
    } finally {
      rmSync(correct, { recursive: true, force: true });
    }
  });
});
