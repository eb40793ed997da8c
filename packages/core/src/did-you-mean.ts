/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions): `compeltions` is
 * one edit from `completions`. Stops early once the distance exceeds `limit`, so comparing one
 * word against a long list stays cheap.
 */
export function editDistance(left: string, right: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let distance = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) {
        distance = Math.min(distance, (previousPrevious[column - 2] ?? 0) + 1);
      }
      current[column] = distance;
      rowMinimum = Math.min(rowMinimum, distance);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * The closest candidate within a distance that scales with the word's length (1 edit for short
 * words, up to a third of the length), or undefined when nothing is close enough to be a typo.
 */
export function closestMatch(word: string, candidates: Iterable<string>, options: { readonly caseSensitive?: boolean; readonly maximumDistance?: number } = {}): string | undefined {
  const normalize = (text: string): string => (options.caseSensitive === true ? text : text.toLowerCase());
  const target = normalize(word);
  const limit = options.maximumDistance ?? Math.max(1, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, normalize(candidate), bestDistance - 1 < limit ? bestDistance - 1 : limit);
    if (distance < bestDistance && distance > 0) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
