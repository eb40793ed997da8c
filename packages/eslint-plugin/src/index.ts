import { createRequire } from 'node:module';
import { rules as catalog } from '@keylint/core';
import type { ESLint, Linter } from 'eslint';
import { envLanguage } from './env/env-language.js';
import { ENV_LANGUAGE, JS_LANGUAGE, languagesOf } from './languages.js';
import { keylintRules } from './rules.js';

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const JS_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
/**
 * Test code, where placeholders, empty keys, mock tokens and deliberately wrong requests are the
 * point: only a real-looking key (a leak wherever it is) is reported there.
 */
const TEST_FILES = ['**/*.{test,spec}.*', '**/__tests__/**', '**/test/**', '**/tests/**', '**/__mocks__/**', '**/fixtures/**'];
const RULES_IN_TESTS = new Set(['key-hardcoded']);
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
  configs: {} as { recommended: Linter.Config[]; strict: Linter.Config[]; env: Linter.Config },
};

// The presets refer to the plugin itself, so they are filled in once it exists. ESLint's own
// types describe rules by their generic shape, typescript-eslint's by their node types: same object.
const self = plugin as unknown as ESLint.Plugin;
/**
 * A preset for code: the rules that run everywhere (`key-hardcoded`) on every JS/TS file, and the
 * others on every JS/TS file that is not a test. Scoped by `ignores` rather than turned `off`, so
 * a user's own config for test files can still turn any of them on.
 */
function codePreset(name: string, selected: (rule: (typeof catalog)[number]) => boolean): Linter.Config[] {
  const rules = Object.entries(severities(selected, JS_LANGUAGE));
  const runsInTests = ([id]: readonly [string, unknown]): boolean => RULES_IN_TESTS.has(id.slice('keylint/'.length));
  return [
    { name: `keylint/${name}`, files: JS_FILES, plugins: { keylint: self }, rules: Object.fromEntries(rules.filter(runsInTests)) },
    { name: `keylint/${name}/outside-tests`, files: JS_FILES, ignores: TEST_FILES, rules: Object.fromEntries(rules.filter((rule) => !runsInTests(rule))) },
  ];
}

Object.assign(plugin.configs, {
  recommended: codePreset('recommended', (rule) => rule.recommended),
  strict: codePreset('strict', () => true),
  env: {
    name: 'keylint/env',
    files: ENV_FILES,
    plugins: { keylint: self },
    language: ENV_LANGUAGE,
    rules: severities(() => true, ENV_LANGUAGE),
  },
} satisfies Record<string, Linter.Config | Linter.Config[]>);

export default plugin;
