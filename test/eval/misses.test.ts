import { describe, expect, it } from 'vitest';
import type { Miss } from '../../eval/evaluate.js';
import { selectMisses } from '../../eval/misses.js';

const miss = (source: string, line: number, confidence: number | null): Miss => ({
  id: `${source}:${line}`,
  source,
  line,
  label: 'code',
  predicted: 'cowork',
  confidence,
  text: 'A made-up task',
  reasons: [],
  questions: [],
  baseline: 'cowork',
});

const MISSES = [
  miss('a', 1, 0.6),
  miss('a', 2, 0.95),
  miss('a', 3, null),
  miss('a', 4, 0.8),
  miss('b', 5, 0.7),
  miss('c', 6, 0.5),
  miss('c', 7, 0.9),
];

describe('selectMisses', () => {
  it.each([
    { limit: 0, shown: { a: [], b: [], c: [] } },
    { limit: 2, shown: { a: [2], b: [5], c: [] } },
    { limit: 3, shown: { a: [2], b: [5], c: [7] } },
    { limit: 5, shown: { a: [2, 4], b: [5], c: [7, 6] } },
    { limit: 40, shown: { a: [2, 4, 1, 3], b: [5], c: [7, 6] } },
  ])('limit $limit takes turns between sources, most confident first', ({ limit, shown }) => {
    const groups = selectMisses(MISSES, limit);
    expect(Object.fromEntries(groups.map((group) => [group.source, group.shown.map((m) => m.line)]))).toEqual(shown);
    expect(groups.map((group) => group.total)).toEqual([4, 1, 2]);
  });
});
