import { RuleTester as TypeScriptRuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ESLintRuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import plugin from '../src/index.js';
import type { KeylintRule } from '../src/rules.js';

TypeScriptRuleTester.afterAll = afterAll;
TypeScriptRuleTester.describe = describe;
TypeScriptRuleTester.describeSkip = describe.skip;
TypeScriptRuleTester.it = it;
TypeScriptRuleTester.itOnly = it.only;
TypeScriptRuleTester.itSkip = it.skip;

// ESLint's RuleTester looks for mocha-style globals unless told which functions to use.
const eslintRuleTester = ESLintRuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown };
eslintRuleTester.describe = describe;
eslintRuleTester.it = it;
eslintRuleTester.itOnly = it.only;

/** JS/TS cases, parsed by typescript-eslint's parser (the default of its RuleTester). */
export const codeTester = new TypeScriptRuleTester();

/** `.env` cases, in the `keylint/env` language. */
export const envTester = new ESLintRuleTester({ plugins: { keylint: plugin }, language: 'keylint/env' } as never);

export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * The full span of `needle` in `code` (its `occurrence`-th appearance, 1-based), as ESLint
 * reports it: 1-based lines and columns, end column one past the last character.
 */
export function spanOf(code: string, needle: string, occurrence = 1): Span {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    index = code.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`${JSON.stringify(needle)} does not occur ${occurrence} time(s) in the test code`);
  }
  return spanAt(code, index, index + needle.length);
}

/** The full span of the characters `[start, end)` of `code`. */
export function spanAt(code: string, start: number, end: number): Span {
  const position = (offset: number): { line: number; column: number } => {
    const before = code.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  };
  const from = position(start);
  const to = position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The plugin's rule for a catalog id; a missing rule fails the test file instead of passing it vacuously. */
export function pluginRule(id: string): KeylintRule {
  const rule = plugin.rules[id];
  if (rule === undefined) throw new Error(`The plugin has no rule ${id}`);
  return rule;
}
