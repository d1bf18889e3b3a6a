/**
 * The learned model as data: a bias and one weight per hashed feature, kept as 16-bit integers
 * with one scale (what the model file stores), plus the fitted pieces that turn scores into a
 * judgement: the blend with the rule signals and the confidence mapping. Types and the
 * integer round trip only; reading the file is src/node's job.
 */
import { HASH_BITS } from './features.js';
import type { WordBins } from './lexicon.js';

export const MODEL_FORMAT = 'code-or-cowork/learned@1';
export const WEIGHT_COUNT = 1 << HASH_BITS;
const INT16_MAX = 32767;

/** Weights of the blend: the learned logit and the rule sides, fitted on held-out predictions. */
export interface Blend {
  readonly bias: number;
  readonly learned: number;
  readonly code: number;
  readonly cowork: number;
  readonly codeWork: number;
}

/** A monotone step mapping from a score to a probability (isotonic regression), knots ascending. */
export interface Calibration {
  readonly scores: readonly number[];
  readonly probabilities: readonly number[];
}

export interface LearnedModel {
  readonly bias: number;
  /**
   * One weight per hashed feature as the file keeps it: 16-bit integers and one scale, read by
   * the scorer as `dequantise` would give them. Half the bytes of a 32-bit copy, and no pass at
   * load to make one (it made no decision faster).
   */
  readonly weights: Quantised;
  /** Word bins from Debian package descriptions; each known word adds its bin's feature. */
  readonly lexicon: WordBins;
  readonly blend: Blend;
  /** Confidence of a call the blend makes, from the blend's chance for it. */
  readonly calibration: Calibration;
  /**
   * Confidence of the contract's default product for a text of a few words the rules find
   * nothing in, from the blend's chance for that product.
   */
  readonly defaultCalibration: Calibration;
  /** Below this calibrated confidence the engine is torn and asks the question that settles it. */
  readonly askBelow: number;
  /** A piece of a compound task needs a blended probability this far from even to get a product of its own. */
  readonly pieceMargin: number;
}

export interface Quantised {
  readonly scale: number;
  readonly values: Int16Array;
}

/**
 * Stores weights as 16-bit integers with one scale; `dequantise` gives back what the engine uses.
 * @example dequantise(quantise(new Float64Array([0.5, -1]))) // Float32Array [≈0.5, -1]
 */
export function quantise(weights: ArrayLike<number>): Quantised {
  let largest = 0;
  for (let index = 0; index < weights.length; index += 1) largest = Math.max(largest, Math.abs(weights[index] as number));
  const scale = largest === 0 ? 1 : largest / INT16_MAX;
  const values = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index += 1) values[index] = Math.round((weights[index] as number) / scale);
  return { scale, values };
}

export function dequantise(quantised: Quantised): Float32Array {
  const weights = new Float32Array(quantised.values.length);
  for (let index = 0; index < weights.length; index += 1) weights[index] = (quantised.values[index] as number) * quantised.scale;
  return weights;
}

/**
 * Maps a score through the calibration steps; monotone non-decreasing by construction.
 * @example calibrated({ scores: [0, 1], probabilities: [0.6, 0.9] }, 0.5) // 0.75
 */
export function calibrated(calibration: Calibration, score: number): number {
  const { scores, probabilities } = calibration;
  const last = scores.length - 1;
  if (last < 0) return 0.5;
  if (score <= (scores[0] as number)) return probabilities[0] as number;
  if (score >= (scores[last] as number)) return probabilities[last] as number;
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if ((scores[middle] as number) <= score) low = middle;
    else high = middle;
  }
  const x0 = scores[low] as number;
  const x1 = scores[high] as number;
  const y0 = probabilities[low] as number;
  const y1 = probabilities[high] as number;
  return x1 === x0 ? y1 : y0 + ((score - x0) / (x1 - x0)) * (y1 - y0);
}
