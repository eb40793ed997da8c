import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadedValues, loadValue, parseDotenv, printDotenv } from '../../src/index.js';

const require = createRequire(import.meta.url);
const dotenv = require('dotenv') as { parse(source: string): Record<string, string> };

/** Pieces that make .env syntax interesting, so random text hits quotes, escapes, comments and line breaks often. */
const PIECES = ['=', '"', "'", '`', '\\', '#', '\n', '\r', '\r\n', 'export ', ' ', '\t', 'A', 'KEY', 'b', '_', '.', '-', ':', '\\n', '\\r', '\uFEFF', 'é', '$', '{', '}', 'OPENAI_API_KEY'];
const envText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(envText, fc.string({ unit: 'binary', maxLength: 60 }));

describe('parseDotenv', () => {
  it('prints every input back byte for byte and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(printDotenv(parseDotenv(text))).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('loads exactly the values dotenv.parse loads', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const ours = Object.fromEntries(loadedValues(parseDotenv(text)));
        expect(ours).toEqual({ ...dotenv.parse(text) });
      }),
      { numRuns: 5000 },
    );
  });

  it('maps every loaded character to a source character that produced it', () => {
    fc.assert(
      fc.property(envText, (text) => {
        for (const entry of parseDotenv(text).entries) {
          const { value, offsets } = loadValue(text, entry.valueSpan);
          expect(offsets).toHaveLength(value.length + 1);
          for (let index = 0; index < value.length; index += 1) {
            const source = text.charAt(offsets[index] ?? -1);
            const loaded = value.charAt(index);
            const produced = source === loaded || (source === '\\' && (loaded === '\n' || loaded === '\r')) || (source === '\r' && loaded === '\n');
            expect(produced).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
