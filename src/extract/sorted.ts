/** Binary search over items sorted by a numeric key. */

/**
 * How many of the `items` (sorted by `key`, ascending) have a key at or before `value`: the
 * index just past the last such item.
 * @example countAtOrBefore([1, 4, 9], 4, (n) => n) // 2
 */
export function countAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
