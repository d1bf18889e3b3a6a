import { describe, expect, it } from 'vitest';
import { median, percentile, quietestBlock, summarize } from '../../bench/stats.js';

describe('percentile (linear interpolation between closest ranks)', () => {
  it.each([
    { values: [5], p: 0, expected: 5 },
    { values: [5], p: 99, expected: 5 },
    { values: [1, 2, 3, 4], p: 0, expected: 1 },
    { values: [1, 2, 3, 4], p: 50, expected: 2.5 },
    { values: [1, 2, 3, 4], p: 100, expected: 4 },
    { values: [4, 1, 3, 2], p: 50, expected: 2.5 },
    { values: [10, 20, 30, 40, 50], p: 25, expected: 20 },
    { values: [10, 20, 30, 40, 50], p: 90, expected: 46 },
    { values: Array.from({ length: 101 }, (_, i) => i), p: 99, expected: 99 },
    { values: Array.from({ length: 1_000 }, (_, i) => i + 1), p: 99, expected: 990.01 },
  ])('p$p of $values.length values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 9);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it.each([-1, 101, Number.NaN])('rejects p = %s', (p) => {
    expect(() => percentile([1, 2], p)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it.each([
    { values: [3, 1, 2], expected: 2 },
    { values: [1, 2, 3, 10], expected: 2.5 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

describe('summarize', () => {
  it.each([
    { values: [2, 4, 6, 8], expected: { n: 4, min: 2, p50: 5, p99: 7.94, max: 8, mean: 5 } },
    { values: [7], expected: { n: 1, min: 7, p50: 7, p99: 7, max: 7, mean: 7 } },
  ])('summarises $values', ({ values, expected }) => {
    const summary = summarize(values);
    for (const [key, value] of Object.entries(expected)) {
      expect(summary[key as keyof typeof summary]).toBeCloseTo(value, 9);
    }
  });

  it('gives NaN figures and n = 0 for no values', () => {
    expect(summarize([])).toEqual({ n: 0, min: NaN, p50: NaN, p99: NaN, max: NaN, mean: NaN });
  });
});

describe('quietestBlock', () => {
  it.each([
    { samples: [1, 1, 9, 2, 2, 2], blocks: 2, p99: 2, n: 3 },
    { samples: [5, 5, 1, 1, 3, 3], blocks: 3, p99: 1, n: 2 },
    { samples: [4, 4, 4], blocks: 1, p99: 4, n: 3 },
    { samples: [1, 2, 3, 50, 1, 2, 3], blocks: 2, p99: 2.98, n: 3 },
    { samples: [1, 2], blocks: 10, p99: 1, n: 1 },
  ])('of $samples in $blocks blocks has p99 $p99 over $n samples', ({ samples, blocks, p99, n }) => {
    const summary = quietestBlock(samples, blocks);
    expect(summary.p99).toBeCloseTo(p99, 9);
    expect(summary.n).toBe(n);
  });
});
