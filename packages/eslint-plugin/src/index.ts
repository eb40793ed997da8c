import { createRequire } from 'node:module';
import { rules as catalog } from '@keylint/core';
import type { ESLint, Linter } from 'eslint';
import { envLanguage } from './env/env-language.js';
import { ENV_LANGUAGE, JS_LANGUAGE, languagesOf } from './languages.js';
import { keylintRules } from './rules.js';

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const JS_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const ENV_FILES = ['**/.env', '**/.env.*'];

function severities(selected: (rule: (typeof catalog)[number]) => boolean, language: string): Linter.RulesRecord {
  return Object.fromEntries(
    catalog.filter((rule) => selected(rule) && languagesOf(rule).includes(language)).map((rule) => [`keylint/${rule.id}`, rule.severity]),
  );
}

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'keylint' },
  rules: keylintRules,
  languages: { env: envLanguage },
  configs: {} as Record<'recommended' | 'strict' | 'env', Linter.Config>,
};

// The presets refer to the plugin itself, so they are filled in once it exists. ESLint's own
// types describe rules by their generic shape, typescript-eslint's by their node types: same object.
const self = plugin as unknown as ESLint.Plugin;
Object.assign(plugin.configs, {
  recommended: {
    name: 'keylint/recommended',
    files: JS_FILES,
    plugins: { keylint: self },
    rules: severities((rule) => rule.recommended, JS_LANGUAGE),
  },
  strict: {
    name: 'keylint/strict',
    files: JS_FILES,
    plugins: { keylint: self },
    rules: severities(() => true, JS_LANGUAGE),
  },
  env: {
    name: 'keylint/env',
    files: ENV_FILES,
    plugins: { keylint: self },
    language: ENV_LANGUAGE,
    rules: severities(() => true, ENV_LANGUAGE),
  },
} satisfies Record<string, Linter.Config>);

export default plugin;
