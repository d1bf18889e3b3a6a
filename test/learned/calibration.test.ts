/** The confidence mapping is monotone: a higher blended score never maps to a lower confidence. */
import { describe, expect, it } from 'vitest';
import { calibrated } from '../../src/extract/learned/model.js';
import { loadLearnedModel } from '../../src/node/learned-model.js';
import { fitIsotonic } from '../../train/isotonic.js';
import { seeded } from '../../train/random.js';

const sweep = (mapping: Parameters<typeof calibrated>[0]): number[] => Array.from({ length: 201 }, (_, index) => calibrated(mapping, index / 200));
const nonDecreasing = (values: readonly number[]): boolean => values.every((value, index) => index === 0 || value >= (values[index - 1] as number) - 1e-12);

describe('calibration', () => {
  it.each([
    ['outcomes that rise with the score', (score: number, draw: number) => draw < score],
    ['outcomes that fall with the score', (score: number, draw: number) => draw > score],
    ['outcomes unrelated to the score', (_: number, draw: number) => draw < 0.7],
  ])('fits a non-decreasing mapping to %s', (_, outcome) => {
    const random = seeded(7);
    const observations = Array.from({ length: 2000 }, () => {
      const score = 0.5 + random() / 2;
      return { score, correct: outcome(score, random()) };
    });
    const mapping = fitIsotonic(observations);
    expect(nonDecreasing(mapping.probabilities)).toBe(true);
    expect(nonDecreasing(mapping.scores)).toBe(true);
    expect(nonDecreasing(sweep(mapping))).toBe(true);
  });

  it('tracks the observed accuracy where it rises', () => {
    const observations = [...Array.from({ length: 100 }, (_, index) => ({ score: 0.6, correct: index < 60 })), ...Array.from({ length: 100 }, (_, index) => ({ score: 0.9, correct: index < 90 }))];
    const mapping = fitIsotonic(observations);
    expect(calibrated(mapping, 0.6)).toBeCloseTo(0.6, 5);
    expect(calibrated(mapping, 0.9)).toBeCloseTo(0.9, 5);
  });

  it('is monotone in the shipped model', () => {
    const model = loadLearnedModel();
    expect(nonDecreasing(model.calibration.probabilities)).toBe(true);
    expect(nonDecreasing(sweep(model.calibration))).toBe(true);
  });
});
