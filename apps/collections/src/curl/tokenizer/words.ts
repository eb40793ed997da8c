import type { Word } from './types.js';

/** The part of a word from value index `start` to `end`, with its origins, quotes and references. */
export function sliceWord(word: Word, start: number, end = word.value.length): Word {
  const offsets = word.offsets.slice(start, end + 1);
  return {
    kind: 'word',
    value: word.value.slice(start, end),
    offsets,
    start: offsets[0] ?? word.end,
    end: end >= word.value.length ? word.end : (offsets[offsets.length - 1] ?? word.end),
    segments: word.segments
      .filter((segment) => segment.valueEnd > start && segment.valueStart < end)
      .map((segment) => ({ quote: segment.quote, valueStart: Math.max(segment.valueStart, start) - start, valueEnd: Math.min(segment.valueEnd, end) - start })),
    expansions: word.expansions
      .filter((expansion) => expansion.valueStart >= start && expansion.valueEnd <= end)
      .map((expansion) => ({ ...expansion, valueStart: expansion.valueStart - start, valueEnd: expansion.valueEnd - start })),
  };
}

/** True when value index `index` of the word lies inside a variable reference or substitution. */
export function isInsideExpansion(word: Word, start: number, end: number): boolean {
  return word.expansions.some((expansion) => start < expansion.valueEnd && end > expansion.valueStart);
}

/** Original-file span of value indices `[start, end)` of a word. */
export function originalSpan(word: Word, start: number, end: number): { start: number; end: number } {
  const originalStart = word.offsets[start] ?? word.end;
  if (end <= start) return { start: originalStart, end: originalStart };
  return { start: originalStart, end: (word.offsets[end - 1] ?? word.end) + 1 };
}

/**
 * Two words as one, with `separator` (written at original offset `separatorOffset`) between them:
 * the argument its author meant when the shell split it (`?a=1` `&` `b=2` is one URL to them).
 */
export function joinWords(left: Word, separator: string, separatorOffset: number, right: Word): Word {
  const shift = left.value.length + separator.length;
  const separatorOffsets = Array.from({ length: separator.length }, (_, index) => separatorOffset + index);
  return {
    kind: 'word',
    value: left.value + separator + right.value,
    offsets: [...left.offsets.slice(0, -1), ...separatorOffsets, ...right.offsets],
    start: left.start,
    end: right.end,
    segments: [
      ...left.segments,
      { quote: 'none', valueStart: left.value.length, valueEnd: shift },
      ...right.segments.map((segment) => ({ ...segment, valueStart: segment.valueStart + shift, valueEnd: segment.valueEnd + shift })),
    ],
    expansions: [...left.expansions, ...right.expansions.map((expansion) => ({ ...expansion, valueStart: expansion.valueStart + shift, valueEnd: expansion.valueEnd + shift }))],
  };
}
