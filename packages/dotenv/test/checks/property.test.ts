import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineEntries, parseDotenv, runChecks } from '../../src/index.js';
import { fixDotenvText } from '../../src/lint.js';

const PIECES = ['=', '"', "'", '\\', '#', '$', '{', '}', '\n', '\r\n', '\r', 'export ', ' ', '\t', 'A', 'b', 'KEY', '_', '-', '.', '1', '# dotenv-linter:off ', '# dotenv-linter:on ', 'UnorderedKey', 'DuplicatedKey', '\uFEFF'];
const envText = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('checks and fixers on arbitrary input', () => {
  it('never throw and report lines that exist (or the EOF pseudo-line)', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const document = parseDotenv(text);
        const lines = lineEntries(document);
        const last = lines.length === 0 ? 0 : (lines[lines.length - 1]?.number ?? 0);
        for (const warning of runChecks(lines)) {
          expect(warning.line).toBeGreaterThanOrEqual(1);
          expect(warning.line).toBeLessThanOrEqual(last);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('fix never throws, leaves clean files byte for byte, and never drops a line that had text', () => {
    fc.assert(
      fc.property(envText, (text) => {
        const outcome = fixDotenvText(text);
        if (outcome.warnings.length === 0) expect(outcome.text).toBe(text);
        // Blank as the linter counts it (Unicode White_Space): JS trim() would also drop a stray BOM line.
        const kept = outcome.text.split(/\r?\n/).filter((line) => line.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '').length > 0).length;
        const before = lineEntries(parseDotenv(text)).filter((line) => !line.isEmpty).length;
        expect(kept).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('a second fix run finds nothing more to change in the lines the first one sorted and fixed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A=1', 'b=2', 'C = 3', 'D=x y', 'E="q"', 'a=1', '', '# c', 'F=${G', 'H=$A'), { maxLength: 12 }), (lines) => {
        const once = fixDotenvText(`${lines.join('\n')}\n`).text;
        expect(fixDotenvText(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
