/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern `matchAll` makes on each call (which costs more than the search on the
 * thousands of short fields of a collection). The matches are collected before they are
 * returned, so the caller may use the same pattern again while going through them.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  // Only plain global patterns: with u or v flags an empty match steps over a whole code point.
  if (!pattern.global || pattern.sticky || pattern.unicode || (pattern as { readonly unicodeSets?: boolean }).unicodeSets === true) return [...text.matchAll(pattern)];
  const matches: RegExpExecArray[] = [];
  // matchAll searches from the pattern's lastIndex (0 for a pattern nobody has run exec on).
  const previous = pattern.lastIndex;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push(match);
      // An empty match would be found again at the same place; matchAll steps over it the same way.
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  } finally {
    pattern.lastIndex = previous;
  }
  return matches;
}
