import { describe, expect, it } from 'vitest';
import { confusionOf, scoresOf } from '../../eval/metrics.js';
import type { Confusion } from '../../eval/metrics.js';

const matrix = (code: [number, number, number], cowork: [number, number, number]): Confusion => ({
  code: { code: code[0], cowork: code[1], both: code[2] },
  cowork: { code: cowork[0], cowork: cowork[1], both: cowork[2] },
});

describe('scoresOf', () => {
  it.each([
    {
      name: 'two labels, no both',
      confusion: matrix([8, 2, 0], [1, 9, 0]),
      accuracy: 17 / 20,
      balanced: (8 / 10 + 9 / 10) / 2,
      macroF1: (16 / 19 + 18 / 21) / 2,
      both: 0,
    },
    {
      name: "'both' is a miss for its label and no label's prediction",
      confusion: matrix([3, 0, 1], [0, 4, 2]),
      accuracy: 7 / 10,
      balanced: (3 / 4 + 4 / 6) / 2,
      macroF1: (6 / 7 + 8 / 10) / 2,
      both: 3,
    },
    {
      name: 'one label only, all right: the absent label is left out',
      confusion: matrix([5, 0, 0], [0, 0, 0]),
      accuracy: 1,
      balanced: 1,
      macroF1: 1,
      both: 0,
    },
    {
      name: 'one label only, a prediction of the other: its F1 of 0 counts',
      confusion: matrix([3, 1, 0], [0, 0, 0]),
      accuracy: 3 / 4,
      balanced: 3 / 4,
      macroF1: (6 / 7 + 0) / 2,
      both: 0,
    },
    { name: 'empty', confusion: matrix([0, 0, 0], [0, 0, 0]), accuracy: 0, balanced: 0, macroF1: 0, both: 0 },
  ])('$name', ({ confusion, accuracy, balanced, macroF1, both }) => {
    const scores = scoresOf(confusion);
    expect(scores.accuracy).toBeCloseTo(accuracy, 12);
    expect(scores.balancedAccuracy).toBeCloseTo(balanced, 12);
    expect(scores.macroF1).toBeCloseTo(macroF1, 12);
    expect(scores.both).toBe(both);
  });

  it('gives per-label precision, recall, F1 and support', () => {
    const { labels } = scoresOf(matrix([8, 2, 0], [1, 9, 0]));
    expect(labels.code.precision).toBeCloseTo(8 / 9, 12);
    expect(labels.code.recall).toBeCloseTo(0.8, 12);
    expect(labels.code.f1).toBeCloseTo(16 / 19, 12);
    expect(labels.code.support).toBe(10);
    expect(labels.cowork.precision).toBeCloseTo(9 / 11, 12);
    expect(labels.cowork.recall).toBeCloseTo(0.9, 12);
    expect(labels.cowork.f1).toBeCloseTo(6 / 7, 12);
  });
});

describe('confusionOf', () => {
  it('counts label/prediction pairs', () => {
    const pairs = [
      { label: 'code', predicted: 'code' },
      { label: 'code', predicted: 'both' },
      { label: 'cowork', predicted: 'code' },
      { label: 'cowork', predicted: 'cowork' },
      { label: 'cowork', predicted: 'cowork' },
    ] as const;
    expect(confusionOf(pairs)).toEqual(matrix([1, 0, 1], [1, 2, 0]));
  });
});
