/**
 * Isotonic regression by pool-adjacent-violators: the monotone step function of a score that
 * best fits 0/1 outcomes. Returned as knots (block centres and means) to interpolate between,
 * so the mapping is monotone non-decreasing everywhere.
 */
import type { Calibration } from '../src/extract/learned/model.js';

export interface Observation {
  readonly score: number;
  readonly correct: boolean;
}

/** Blocks smaller than this are merged into a neighbour, so no knot rests on a handful of items. */
const MIN_BLOCK = 30;

/**
 * Fits the mapping.
 * @example fitIsotonic([{ score: 0.6, correct: false }, { score: 0.9, correct: true }])
 */
export function fitIsotonic(observations: readonly Observation[]): Calibration {
  const sorted = [...observations].sort((a, b) => a.score - b.score);
  const blocks: { sum: number; count: number; scoreSum: number }[] = [];
  for (const { score, correct } of sorted) {
    blocks.push({ sum: correct ? 1 : 0, count: 1, scoreSum: score });
    // Pool while the last block's mean falls below its neighbour's, or a block is too small.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const before = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (before.sum / before.count < last.sum / last.count && before.count >= MIN_BLOCK) break;
      before.sum += last.sum;
      before.count += last.count;
      before.scoreSum += last.scoreSum;
      blocks.pop();
    }
  }
  // A small last block joins the one before it.
  while (blocks.length > 1 && (blocks[blocks.length - 1] as (typeof blocks)[number]).count < MIN_BLOCK) {
    const last = blocks.pop() as (typeof blocks)[number];
    const before = blocks[blocks.length - 1] as (typeof blocks)[number];
    before.sum += last.sum;
    before.count += last.count;
    before.scoreSum += last.scoreSum;
  }
  const scores: number[] = [];
  const probabilities: number[] = [];
  let floor = 0;
  for (const block of blocks) {
    floor = Math.max(floor, block.sum / block.count);
    scores.push(round(block.scoreSum / block.count));
    probabilities.push(round(floor));
  }
  return { scores, probabilities };
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
