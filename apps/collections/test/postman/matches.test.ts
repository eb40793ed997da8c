import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KEY_CANDIDATE } from '../../src/postman/analyze.js';
import { allMatches } from '../../src/postman/matches.js';
import { VARIABLE_REFERENCE } from '../../src/postman/variables.js';

const PATTERNS = [KEY_CANDIDATE, VARIABLE_REFERENCE, /a*/g, /(?:)/g, /\$([A-Z_][A-Z0-9_]*[A-Z0-9])(?![A-Za-z0-9_:])/g, /x*/gu, /b+/gy];

function plain(matches: readonly RegExpMatchArray[]): unknown[] {
  return matches.map((match) => ({ groups: [...match], index: match.index }));
}

describe('allMatches', () => {
  test('finds what matchAll finds, and leaves the pattern as it was', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom('a', 'b', 'x', '{', '}', '$', 'A', 'Z', '_', '-', '0', ' ', 'é', '😀') }), fc.constantFrom(...PATTERNS.keys()), fc.nat(5), (text, which, lastIndex) => {
        const pattern = PATTERNS[which] ?? KEY_CANDIDATE;
        pattern.lastIndex = lastIndex;
        const expected = plain([...text.matchAll(pattern)]);
        expect(plain(allMatches(text, pattern))).toEqual(expected);
        expect(pattern.lastIndex).toBe(lastIndex);
        pattern.lastIndex = 0;
      }),
    );
  });
});
