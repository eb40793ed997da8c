/**
 * A lookup table keyed by user text (header names, variable names, config words): without a
 * prototype, `constructor` or `__proto__` finds nothing instead of a member of `Object.prototype`.
 */
export function lookupTable<Value>(entries: Readonly<Record<string, Value>>): Readonly<Record<string, Value>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Value>, entries));
}
