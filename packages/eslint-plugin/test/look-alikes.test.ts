import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { correctCode, correctEnvFiles } from './look-alikes.js';

const eslint = new ESLint({
  cwd: '/',
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, ...plugin.configs.strict, plugin.configs.env],
});

function describeMessages(result: ESLint.LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.message}`);
}

describe('look-alikes stay silent under every rule (strict + env presets)', () => {
  it.each(correctCode.map((code, index) => [index, code]))('code #%i', async (_index, code) => {
    const [result] = await eslint.lintText(code, { filePath: '/project/src/client.ts' });
    expect(describeMessages(result as ESLint.LintResult)).toEqual([]);
  });

  it.each(correctEnvFiles().map((file) => [file.filename, file.code]))('%s', async (filename, code) => {
    const [result] = await eslint.lintText(code, { filePath: `/project/${filename}` });
    expect(describeMessages(result as ESLint.LintResult)).toEqual([]);
  });
});
