/** The reliability table and the expected calibration error. */
import { describe, expect, it } from 'vitest';
import { reliabilityOf } from '../../eval/reliability.js';
import { sourceScores } from '../../eval/loso.js';

describe('reliability', () => {
  it('is zero for confidences that match the accuracy', () => {
    const items = Array.from({ length: 10 }, (_, index) => ({ confidence: 0.9, correct: index < 9 }));
    expect(reliabilityOf(items).ece).toBeCloseTo(0, 10);
  });

  it('weighs each bucket gap by its share of the items', () => {
    const items = [...Array.from({ length: 10 }, () => ({ confidence: 0.95, correct: false })), ...Array.from({ length: 30 }, () => ({ confidence: 0.55, correct: true }))];
    // 10/40 * |0 - 0.95| + 30/40 * |1 - 0.55|
    expect(reliabilityOf(items).ece).toBeCloseTo(0.25 * 0.95 + 0.75 * 0.45, 10);
  });
});

describe('per-source scores', () => {
  it.each([
    ['a single-label source: the F1 of its label', [{ label: 'code', predicted: 'code' }, { label: 'code', predicted: 'cowork' }], { accuracy: 0.5, macroF1: 2 / 3 }],
    ['a both counts as a miss', [{ label: 'cowork', predicted: 'both' }, { label: 'cowork', predicted: 'cowork' }], { accuracy: 0.5, macroF1: 2 / 3 }],
    ['a mixed source: the mean of both labels', [{ label: 'code', predicted: 'code' }, { label: 'cowork', predicted: 'cowork' }], { accuracy: 1, macroF1: 1 }],
  ] as const)('%s', (_, pairs, expected) => {
    const scores = sourceScores(pairs);
    expect(scores.accuracy).toBeCloseTo(expected.accuracy, 10);
    expect(scores.macroF1).toBeCloseTo(expected.macroF1, 10);
  });
});
