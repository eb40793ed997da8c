import type { FactKind, Rule } from '@keylint/core';

export const JS_LANGUAGE = 'js/js';
export const ENV_LANGUAGE = 'keylint/env';

/** What the code adapters (`src/adapters/`) extract from JS/TS, plus what core derives from headers. */
const CODE_FACT_KINDS: ReadonlySet<FactKind> = new Set(['key', 'header', 'endpoint', 'env-variable', 'identifier', 'client']);

/** What `envFileFacts` extracts from one `.env` file (core's `factsFromSetting` over each entry). */
const ENV_FACT_KINDS: ReadonlySet<FactKind> = new Set(['key', 'endpoint', 'env-variable', 'identifier']);

/** The ESLint languages a catalog rule can run in: those whose adapters produce a fact kind it reads. */
export function languagesOf(rule: Pick<Rule, 'facts'>): string[] {
  const languages: string[] = [];
  if (rule.facts.some((kind) => CODE_FACT_KINDS.has(kind))) languages.push(JS_LANGUAGE);
  if (rule.facts.some((kind) => ENV_FACT_KINDS.has(kind))) languages.push(ENV_LANGUAGE);
  return languages;
}
