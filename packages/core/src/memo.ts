/**
 * Caches for pure functions of a name or a value. Variable names repeat across thousands of `.env`
 * files in one run, so their classification is worth remembering; the inputs come from users'
 * files, so every cache forgets its oldest entries beyond a fixed size instead of growing forever.
 */
export const DEFAULT_CACHE_LIMIT = 10_000;

/** A pure one-argument function that remembers up to `limit` answers (oldest forgotten first). */
export function memoize<Value>(compute: (input: string) => Value, limit = DEFAULT_CACHE_LIMIT): (input: string) => Value {
  const answers = new Map<string, Value>();
  return (input) => {
    const known = answers.get(input);
    if (known !== undefined || answers.has(input)) return known as Value;
    const answer = compute(input);
    if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    answers.set(input, answer);
    return answer;
  };
}
