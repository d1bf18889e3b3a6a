/** Deep freezing for plain data (knowledge packs, settings): what an engine owns, nobody can change. */

/**
 * Freezes a plain-data value and everything inside it; returns it.
 * @example deepFreeze({ a: [1] }).a.push(2) // throws TypeError
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
