/**
 * Caches for pure functions of a name or a value. Variable names repeat across thousands of `.env`
 * files in one run, so their classification is worth remembering; the inputs come from users'
 * files, so every cache is bounded instead of growing forever.
 */
export const DEFAULT_CACHE_LIMIT = 10_000;

/** Stands for a remembered `undefined`, so that one lookup tells a known answer from an unknown input. */
const NOTHING = Symbol('nothing');

/**
 * A pure one-argument function that remembers up to `limit` answers. Two generations: when the
 * current one is full it becomes the old one and the oldest answers are dropped all at once (an
 * answer still in use is carried over on its next use), so every call costs the same.
 */
export function memoize<Value>(compute: (input: string) => Value, limit = DEFAULT_CACHE_LIMIT): (input: string) => Value {
  const generationSize = Math.max(1, Math.ceil(limit / 2));
  let current = new Map<string, Value | typeof NOTHING>();
  let previous = new Map<string, Value | typeof NOTHING>();
  // The rules of one fact ask about the same name or value one after the other: the last answer is at hand without a lookup.
  let lastInput: string | undefined;
  let lastAnswer: Value | typeof NOTHING = NOTHING;
  return (input) => {
    if (input === lastInput) return (lastAnswer === NOTHING ? undefined : lastAnswer) as Value;
    let known = current.get(input);
    if (known === undefined) {
      known = previous.get(input);
      if (known === undefined) {
        const answer = compute(input);
        known = answer === undefined ? NOTHING : answer;
      }
      if (current.size >= generationSize) {
        previous = current;
        current = new Map();
      }
      current.set(input, known);
    }
    lastInput = input;
    lastAnswer = known;
    return (known === NOTHING ? undefined : known) as Value;
  };
}
