import { readdirSync, readFileSync } from 'node:fs';
import { rules as catalog } from '@keylint/core';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

describe('plugin shape', () => {
  it('names itself from package.json', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-keylint', version: packageJson.version, namespace: 'keylint' });
  });

  it('has one rule per catalog rule, generated from it', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(catalog.map((rule) => rule.id).sort());
    for (const rule of catalog) {
      const eslintRule = plugin.rules[rule.id];
      expect(eslintRule?.meta.docs).toMatchObject({ description: rule.description, url: rule.url, recommended: rule.recommended });
      expect(eslintRule?.meta.messages).toEqual(rule.messages);
      expect(eslintRule?.meta.fixable).toBe(rule.fixable === true ? 'code' : undefined);
      expect(eslintRule?.meta.hasSuggestions).toBe(rule.hasSuggestions === true ? true : undefined);
      expect(eslintRule?.meta.schema).toEqual([]);
    }
  });

  it('declares the languages each rule can run in from the fact kinds it reads', () => {
    expect(plugin.rules['key-whitespace']?.meta.languages).toEqual(['js/js', 'keylint/env']);
    expect(plugin.rules['header-auth-scheme']?.meta.languages).toEqual(['js/js']);
    expect(plugin.rules['env-shadowed']?.meta.languages).toEqual([]);
  });

  it('builds the presets from the catalog', () => {
    const rulesOf = (preset: readonly { rules?: object }[]): Record<string, unknown> => Object.assign({}, ...preset.map((config) => config.rules ?? {}));
    const [recommendedCode] = plugin.configs.recommended;
    const recommended = Object.keys(rulesOf(plugin.configs.recommended));
    const strict = Object.keys(rulesOf(plugin.configs.strict));
    const env = Object.keys(plugin.configs.env.rules ?? {});
    const codeRules = catalog.filter((rule) => plugin.rules[rule.id]?.meta.languages?.includes('js/js'));
    expect(strict.sort()).toEqual(codeRules.map((rule) => `keylint/${rule.id}`).sort());
    expect(recommended.sort()).toEqual(codeRules.filter((rule) => rule.recommended).map((rule) => `keylint/${rule.id}`).sort());
    expect(env.every((id) => plugin.rules[id.slice('keylint/'.length)]?.meta.languages?.includes('keylint/env'))).toBe(true);
    expect(plugin.configs.env).toMatchObject({ files: ['**/.env', '**/.env.*'], language: 'keylint/env' });
    expect(recommendedCode?.files).toEqual(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);
    for (const rule of catalog) {
      const severity = rulesOf(plugin.configs.strict)[`keylint/${rule.id}`];
      if (severity !== undefined) expect(severity).toBe(rule.severity);
    }
  });

  it('runs key-hardcoded on every code file and every other code rule only outside test files, in both code presets', () => {
    for (const preset of [plugin.configs.recommended, plugin.configs.strict]) {
      const [everywhere, outsideTests] = preset;
      expect(Object.keys(everywhere?.rules ?? {})).toEqual(['keylint/key-hardcoded']);
      expect(everywhere?.files).toEqual(outsideTests?.files);
      expect(outsideTests?.ignores).toEqual(['**/*.{test,spec}.*', '**/__tests__/**', '**/test/**', '**/tests/**', '**/__mocks__/**', '**/fixtures/**']);
      expect(Object.keys(outsideTests?.rules ?? {})).not.toContain('keylint/key-hardcoded');
      expect(Object.values(outsideTests?.rules ?? {})).not.toContain('off');
    }
  });

  it('has a RuleTester test file for every catalog rule', () => {
    const tested = readdirSync(new URL('rules', import.meta.url)).map((file) => file.replace(/\.test\.ts$/, ''));
    expect(catalog.map((rule) => rule.id).filter((id) => !tested.includes(id))).toEqual([]);
  });
});
