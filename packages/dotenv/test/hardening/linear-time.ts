import { expect } from 'vitest';

/** Adversarial units for .env text (see packages/core/test/hardening/linear-time.ts for why two sizes). */
export const UNITS: readonly (readonly [unit: string, prefix?: string])[] = [
  ['a-', 'sk-'],
  ['${'],
  ['{{'],
  ['%'],
  ['a.', 'https://'],
  ['/v1', 'https://api.openai.com'],
  ['"'],
  ["'"],
  ['`'],
  ['='],
  ['\\'],
  ['\\"'],
  ['\\n'],
  ['\u200b'],
  [' '],
  ['\t'],
  ['aB3'],
  ['#'],
  ['$'],
  ['export '],
];

function elapsed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The large run may take at most 30× the small one (linear: ~10×, quadratic: ~100×) plus a generous constant. */
export function expectLinear(label: string, check: (size: number) => void, large = 300_000): void {
  const small = large / 10;
  check(1_000);
  const smallTime = elapsed(() => check(small));
  const largeTime = elapsed(() => check(large));
  expect(largeTime, `${label}: ${Math.round(largeTime)} ms at ${large / 1000} KB vs ${Math.round(smallTime)} ms at ${small / 1000} KB`).toBeLessThan(30 * smallTime + 1_500);
}

export function repeated(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}
