import { describe, expect, it } from 'vitest';
import { packedMap } from '../../src/core/arrays.js';

describe('packedMap gives what Array.prototype.map gives, with no holes', () => {
  it.each([
    ['no items', [] as number[]],
    ['one item', [4]],
    ['several items', [3, 1, 2, 5]],
  ])('%s: each item and its index', (_name, items) => {
    const make = (item: number, index: number): string => `${index}:${item * 2}`;
    const made = packedMap(items, make);
    expect(made).toEqual(items.map(make));
    expect(Object.keys(made)).toHaveLength(items.length);
  });

  it('calls make once per item, in order', () => {
    const seen: string[] = [];
    packedMap(['a', 'b', 'c'], (item) => seen.push(item));
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
