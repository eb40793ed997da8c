import type { Medium } from '@keylint/core';

/**
 * What a `.env`-style file is, read from its name. Three kinds, because the key rules treat them
 * differently (packages/dotenv/README.md, "Templates and committed files"):
 *
 * - `template`: documents the variables and is never loaded (`.env.example`, `.env_sample`,
 *   `example.env`, `.env-template`, `.env.dist`, `.env.tpl`, `.env.defaults`, `config.sample`,
 *   `.env.local.example`). Placeholders are its point; a real-looking key is a leak.
 * - `committed`: loaded, but kept in the repository on purpose with stand-in values: test and CI
 *   settings (`.env.test`, `.env.testing`, `.env.ci`). Mock values are correct there (tests are
 *   tests); a real-looking key is still a leak. Their `.local` forms hold real values.
 * - `env`: everything else (`.env`, `.env.local`, `.env.production`, …): the values the app sends.
 */
export type EnvFileKind = 'template' | 'committed' | 'env';

/** Words of a file name that make it a template: `.env.example`, `.env_sample`, `my-template.env`, `.env.dist`. */
const TEMPLATE_WORDS = new Set(['example', 'examples', 'sample', 'samples', 'template', 'templates', 'tpl', 'dist', 'defaults', 'default', 'schema', 'skeleton', 'stub']);
/** Words of a file name for settings a project commits for tests and CI. */
const COMMITTED_WORDS = new Set(['test', 'testing', 'tests', 'ci']);

/** The lower-case words of a file's base name, split at `.`, `_` and `-`: `.env.local.example` → env, local, example. */
function nameWords(filePath: string): string[] {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.toLowerCase().split(/[._-]+/).filter((word) => word.length > 0);
}

export function envFileKind(filePath: string): EnvFileKind {
  const words = nameWords(filePath);
  if (words.some((word) => TEMPLATE_WORDS.has(word))) return 'template';
  if (words.some((word) => COMMITTED_WORDS.has(word)) && !words.includes('local')) return 'committed';
  return 'env';
}

/** True for files no loader reads: they only document the variables. */
export function isTemplateEnvFile(filePath: string): boolean {
  return envFileKind(filePath) === 'template';
}

/** Templates and committed test/CI files are `env-template` for core: placeholders are right there, real keys are leaks. */
export function mediumForEnvFile(filePath: string): Medium {
  return envFileKind(filePath) === 'env' ? 'env' : 'env-template';
}
