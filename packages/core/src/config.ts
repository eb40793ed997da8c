import type { RuleSetting } from './check.js';
import { lookupTable } from './table.js';

/**
 * The keylint configuration both CLIs read (`keylint.config.json`, `.keylintrc.json`, or a
 * `keylint` key in package.json). Reading the file is the CLI's job; validating it is here so
 * that both CLIs accept and reject exactly the same things.
 */
export interface KeylintConfig {
  /** Rule id → `off` | `warn` | `error`. Ids of any surface (catalog, dotenv-linter checks, collection rules). */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Glob-free path fragments to skip. */
  readonly ignorePatterns: readonly string[];
  /** Extra variable names that hold API keys (`MY_BOT_TOKEN`), checked by the key rules. */
  readonly keyVariables: readonly string[];
  /** Loader whose precedence decides which .env file wins: `dotenv`, `nextjs` or `vite`. */
  readonly loader?: 'dotenv' | 'nextjs' | 'vite';
}

export const emptyConfig: KeylintConfig = { rules: {}, ignorePatterns: [], keyVariables: [] };

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const SEVERITY_WORDS = lookupTable<RuleSetting>({ off: 'off', warn: 'warn', warning: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' });

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Validates a parsed config object; throws ConfigError with a one-line message naming the source. */
export function normalizeConfig(raw: unknown, source: string): KeylintConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${source}: the keylint config must be a JSON object`);
  const known = new Set(['$schema', 'rules', 'ignorePatterns', 'keyVariables', 'loader']);
  for (const field of Object.keys(raw)) {
    if (!known.has(field)) throw new ConfigError(`${source}: unknown option "${field}" (known: rules, ignorePatterns, keyVariables, loader)`);
  }
  const record = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (record['rules'] !== undefined) {
    if (typeof record['rules'] !== 'object' || record['rules'] === null || Array.isArray(record['rules'])) throw new ConfigError(`${source}: "rules" must be an object of rule id → "off" | "warn" | "error"`);
    for (const [id, setting] of Object.entries(record['rules'] as Record<string, unknown>)) {
      const word = Array.isArray(setting) ? setting[0] : setting;
      const normalized = SEVERITY_WORDS[String(word)];
      if (normalized === undefined) throw new ConfigError(`${source}: rule "${id}" has severity ${JSON.stringify(setting)}; use "off", "warn" or "error"`);
      rules[id] = normalized;
    }
  }
  for (const field of ['ignorePatterns', 'keyVariables'] as const) {
    if (record[field] !== undefined && !isStringArray(record[field])) throw new ConfigError(`${source}: "${field}" must be an array of strings`);
  }
  const loader = record['loader'];
  if (loader !== undefined && loader !== 'dotenv' && loader !== 'nextjs' && loader !== 'vite') throw new ConfigError(`${source}: "loader" must be "dotenv", "nextjs" or "vite"`);
  return {
    rules,
    ignorePatterns: (record['ignorePatterns'] as string[] | undefined) ?? [],
    keyVariables: (record['keyVariables'] as string[] | undefined) ?? [],
    ...(loader === undefined ? {} : { loader }),
  };
}
