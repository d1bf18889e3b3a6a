/**
 * Array helpers for the decision's hot path.
 */

/**
 * `items.map(make)`, as a loop that pushes. Why: V8's `Array.prototype.map` gives a packed array
 * while its caller is interpreted and a holey one once the caller is optimised, so code that
 * reads the results sees a new array map thousands of tasks in, deoptimises and is compiled
 * again (a whole decision's worth of code). A pushed array is packed in every tier.
 * @example packedMap([1, 2], (n) => n * 2) // [2, 4]
 */
export function packedMap<T, U>(items: readonly T[], make: (item: T, index: number) => U): U[] {
  const made: U[] = [];
  for (let index = 0; index < items.length; index += 1) made.push(make(items[index] as T, index));
  return made;
}
