import { fakeKey } from '@keylint/core/testing';
import { describe, expect, it } from 'vitest';
import { checkCurlText } from '../../src/curl/index.js';
import { checkPostmanText } from '../../src/postman/check.js';
import { sanitizePostmanText } from '../../src/sanitize/index.js';

/**
 * Issue 13's quadratic inputs as ratio guards: the time at ten times the size may be at most
 * fifteen times the time (linear code: ~10×, quadratic: ~100×). Each size is timed as the best
 * of three runs, so one garbage collection does not decide; absolute speed: bench/collection-hostile.mjs.
 */
function bestOf(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function expectLinear(label: string, check: (size: number) => void, large: number): void {
  const small = large / 10;
  check(small / 10);
  const smallTime = bestOf(() => check(small));
  const largeTime = bestOf(() => check(large));
  // Below 20 ms the small run measures the timer, the scheduler and one young-generation collection,
  // not the code; a quadratic path at these sizes takes seconds, far past 15 × 20 ms.
  expect(largeTime, `${label}: ${Math.round(largeTime)} ms at ${large} vs ${Math.round(smallTime)} ms at ${small}`).toBeLessThanOrEqual(15 * Math.max(smallTime, 20));
}

const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

function collectionWith(variable: readonly { key: string; value: string }[], header = 'Bearer {{a}}'): string {
  return JSON.stringify({ info: { name: 'x', schema }, item: [{ name: 'r', request: { method: 'GET', header: [{ key: 'Authorization', value: header }], url: 'https://api.openai.com/v1/models' } }], variable });
}

describe('linear time on hostile collections', () => {
  // Characters the key rules report one by one (NBSP, typographic quotes) cost more each: run smaller.
  for (const [label, unit, large] of [
    ['U+2028', '\u2028', 100_000],
    ['NBSP', '\u00a0', 60_000],
    ['spaces', ' ', 300_000],
    ['quotes', '"', 300_000],
    ['typographic quotes', '\u201c', 60_000],
  ] as const) {
    it(`a variable of ${label}, referenced by Authorization and as a key`, () => {
      expectLinear(
        label,
        (size) => {
          const text = collectionWith([
            { key: 'a', value: unit.repeat(size) },
            { key: 'OPENAI_API_KEY', value: `sk-${unit.repeat(size)}` },
          ]);
          checkPostmanText(text, { filePath: 'x.postman_collection.json' });
        },
        large,
      );
    }, 120_000);
  }

  it('variables that reference each other: a long chain and a wide fan', () => {
    expectLinear(
      'chain',
      (size) => {
        const variable = Array.from({ length: size }, (_, index) => ({ key: `v${index}`, value: `{{v${index + 1}}}{{v${index + 1}}}` }));
        checkPostmanText(collectionWith(variable, 'Bearer {{v0}}'), { filePath: 'x.postman_collection.json' });
      },
      20_000,
    );
    expectLinear(
      'fan',
      (size) => {
        const variable = [{ key: 'a', value: Array.from({ length: size }, (_, index) => `{{v${index}}}`).join('') }, ...Array.from({ length: size }, (_, index) => ({ key: `v${index}`, value: 'x' }))];
        checkPostmanText(collectionWith(variable), { filePath: 'x.postman_collection.json' });
      },
      // 20k references already make a quadratic resolver take seconds; at 50k the garbage collector's share under CI load sat at the ratio limit.
      20_000,
    );
  }, 120_000);

  it('sanitize with many keys, some inside {{…}} and as property names', () => {
    const key = fakeKey('openai-project', 'linear');
    expectLinear(
      'sanitize',
      (size) => {
        const header = Array.from({ length: size }, (_, index) => ({ key: `X-${index}`, value: index % 2 === 0 ? `{{${key}}}` : key }));
        const text = JSON.stringify({ info: { name: 'x', schema, [key]: 1 }, item: [{ name: 'r', request: { method: 'GET', header, url: 'https://example.com' } }] });
        sanitizePostmanText(text, { filePath: 'x.postman_collection.json' });
      },
      10_000,
    );
  }, 120_000);
});

describe('linear time on a huge curl line', () => {
  it('many short options and many bare words on one line', () => {
    expectLinear('-H a', (size) => void checkCurlText(`curl https://api.openai.com/v1/models ${'-H a '.repeat(size / 5)}\n`, { filePath: 'a.sh' }), 1_000_000);
    expectLinear('words', (size) => void checkCurlText(`curl https://api.openai.com/v1/models ${'a '.repeat(size / 2)}\n`, { filePath: 'a.sh' }), 1_000_000);
  }, 120_000);
});
