import { expect } from 'vitest';

/**
 * The adversarial shapes every surface is fed, each built at two sizes. A rule that rescans its
 * input (a backtracking regex, an indexOf in a loop) takes ~100× longer on the large one than on
 * the small one; a linear one ~10×. Keys are never literal here: `sk-` + `a-` is no key.
 */
export interface AdversarialUnit {
  readonly name: string;
  readonly unit: string;
  readonly prefix?: string;
  /**
   * Every repetition is a finding of its own (each zero-width space in a key is reported where it
   * is). The work is then linear in the number of findings, ~25 µs each in `checkFacts`; surfaces
   * run these at 30 KB to keep the suite fast, core runs them once at 300 KB.
   */
  readonly findingPerUnit?: boolean;
}

export const ADVERSARIAL_UNITS: readonly AdversarialUnit[] = ([
  ['key prefix and dashes', 'a-', 'sk-'],
  ['project prefix and dashes', 'a-', 'sk-proj-'],
  ['template dollars', '${'],
  ['postman openers', '{{'],
  ['postman pairs', '{{a}}'],
  ['percent signs', '%'],
  ['percent escapes', '%2'],
  ['long host', 'a.', 'https://'],
  ['long path', '/v1', 'https://api.openai.com'],
  ['double quotes', '"'],
  ['single quotes', "'"],
  ['equals signs', '='],
  ['backslashes', '\\'],
  ['zero-width spaces', '\u200b', '', true],
  ['byte order marks', '\ufeff', '', true],
  ['spaces', ' '],
  ['carriage returns', '\r'],
  ['key-shaped run', 'aB3xY9', 'sk-proj-'],
  ['long alphanumeric run', 'aB3'],
  ['masked stars', '*', 'sk-proj-'],
  ['bearer words', 'Bearer '],
  ['url schemes', 'https://'],
  ['query pairs', 'key=a&', 'https://api.openai.com/v1/models?'],
  ['prose', 'word '],
  ['placeholder x', 'x', 'sk-'],
  ['ellipses', '\u2026'],
  ['underscores', '_', 'OPENAI_'],
  ['hash signs', '#'],
  ['mixed noise', 'a-${{%\\"=\'/.'],
] as const satisfies readonly (readonly [string, string, string?, boolean?])[]).map(([name, unit, prefix, findingPerUnit]) => ({ name, unit, ...(prefix === undefined ? {} : { prefix }), ...(findingPerUnit === undefined ? {} : { findingPerUnit }) }));

export const LARGE = 300_000;
export const SMALL = 30_000;

export function adversarialText(unit: string, prefix: string, size: number): string {
  return prefix + unit.repeat(Math.ceil((size - prefix.length) / unit.length));
}

function elapsed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Runs `check` on the small then the large input and fails when the large one takes more than
 * 30× the small one plus a generous constant: linear code stays far below it even on a busy
 * 2-core machine, quadratic code (100×) is far above it.
 */
export function expectLinear(label: string, check: (size: number) => void, large = LARGE): void {
  const small = large / 10;
  check(1_000);
  const smallTime = elapsed(() => check(small));
  const largeTime = elapsed(() => check(large));
  expect(largeTime, `${label}: ${Math.round(largeTime)} ms at ${large / 1000} KB vs ${Math.round(smallTime)} ms at ${small / 1000} KB`).toBeLessThan(30 * smallTime + 1_500);
}

/** The size a surface runs a unit at: 300 KB, or 30 KB for the units that make one finding per repetition. */
export function sizeFor(unit: AdversarialUnit): number {
  return unit.findingPerUnit === true ? SMALL : LARGE;
}
