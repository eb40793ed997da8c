/**
 * Caches for pure functions of a name or a value. Variable names repeat across thousands of `.env`
 * files in one run, so their classification is worth remembering; the inputs come from users'
 * files, so every cache is bounded instead of growing forever.
 */
export const DEFAULT_CACHE_LIMIT = 10_000;

/**
 * A pure one-argument function that remembers up to `limit` answers. Two generations: when the
 * current one is full it becomes the old one and the oldest answers are dropped all at once (an
 * answer still in use is carried over on its next use), so every call costs the same.
 */
export function memoize<Value>(compute: (input: string) => Value, limit = DEFAULT_CACHE_LIMIT): (input: string) => Value {
  const generationSize = Math.max(1, Math.ceil(limit / 2));
  let current = new Map<string, Value>();
  let previous = new Map<string, Value>();
  const remember = (input: string, answer: Value): Value => {
    if (current.size >= generationSize) {
      previous = current;
      current = new Map();
    }
    current.set(input, answer);
    return answer;
  };
  return (input) => {
    const known = current.get(input);
    if (known !== undefined || current.has(input)) return known as Value;
    const old = previous.get(input);
    if (old !== undefined || previous.has(input)) return remember(input, old as Value);
    return remember(input, compute(input));
  };
}
