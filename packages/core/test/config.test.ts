import { describe, expect, it } from 'vitest';
import { ConfigError, normalizeConfig } from '../src/config.js';

describe('normalizeConfig', () => {
  it('accepts severities in ESLint’s spellings and keeps the lists', () => {
    expect(normalizeConfig({ rules: { 'key-format': 'warn', 'env-name': 0, UnorderedKey: ['error'], 'key-quoted': 'warning' }, keyVariables: ['MY_BOT_TOKEN'], loader: 'nextjs' }, 'keylint.config.json')).toEqual({
      rules: { 'key-format': 'warn', 'env-name': 'off', UnorderedKey: 'error', 'key-quoted': 'warn' },
      ignorePatterns: [],
      keyVariables: ['MY_BOT_TOKEN'],
      loader: 'nextjs',
    });
  });

  it.each([
    [[], 'keylint.config.json: the keylint config must be a JSON object'],
    [{ rule: {} }, 'keylint.config.json: unknown option "rule" (known: rules, ignorePatterns, keyVariables, loader)'],
    [{ rules: { 'key-format': 'loud' } }, 'keylint.config.json: rule "key-format" has severity "loud"; use "off", "warn" or "error"'],
    [{ keyVariables: 'MY_TOKEN' }, 'keylint.config.json: "keyVariables" must be an array of strings'],
    [{ loader: 'webpack' }, 'keylint.config.json: "loader" must be "dotenv", "nextjs" or "vite"'],
  ])('rejects %j with one line naming the file', (raw, message) => {
    expect(() => normalizeConfig(raw, 'keylint.config.json')).toThrow(new ConfigError(message));
  });
});
