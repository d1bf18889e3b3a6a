/** The binary search the extractor's span look-ups share. */
import { describe, expect, it } from 'vitest';
import { countAtOrBefore } from '../../src/extract/sorted.js';

describe('countAtOrBefore', () => {
  it.each([
    { items: [], value: 3, count: 0 },
    { items: [1, 4, 9], value: 0, count: 0 },
    { items: [1, 4, 9], value: 1, count: 1 },
    { items: [1, 4, 9], value: 5, count: 2 },
    { items: [1, 4, 4, 9], value: 4, count: 3 },
    { items: [1, 4, 9], value: 12, count: 3 },
  ])('$count of $items are at or before $value', ({ items, value, count }) => {
    expect(countAtOrBefore(items, value, (item) => item)).toBe(count);
  });
});
