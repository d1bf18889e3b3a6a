/**
 * Reliability of a confidence: items bucketed by the confidence they were given, each bucket's
 * accuracy beside its mean confidence, and the expected calibration error (the item-weighted
 * mean gap between the two).
 */

/** Bucket edges: below 0.5, then 0.1 wide, with the top split at 0.95. */
export const RELIABILITY_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0000001] as const;

export interface ReliabilityBucket {
  readonly min: number;
  readonly max: number;
  readonly items: number;
  readonly meanConfidence: number | null;
  readonly accuracy: number | null;
}

export interface Reliability {
  readonly buckets: readonly ReliabilityBucket[];
  /** Expected calibration error over the buckets. */
  readonly ece: number;
  /** The largest gap between a bucket's accuracy and its mean confidence (buckets of 20 items or more). */
  readonly worstGap: number;
}

/**
 * @example reliabilityOf([{ confidence: 0.9, correct: true }]).ece // 0.1 (rounding aside)
 */
export function reliabilityOf(items: readonly { readonly confidence: number; readonly correct: boolean }[]): Reliability {
  const sums = RELIABILITY_EDGES.slice(0, -1).map(() => ({ items: 0, confidence: 0, correct: 0 }));
  for (const { confidence, correct } of items) {
    let index = RELIABILITY_EDGES.findIndex((edge, position) => position > 0 && confidence < edge) - 1;
    if (index < 0) index = sums.length - 1;
    const sum = sums[index] as (typeof sums)[number];
    sum.items += 1;
    sum.confidence += confidence;
    if (correct) sum.correct += 1;
  }
  let ece = 0;
  let worstGap = 0;
  const buckets = sums.map((sum, index) => {
    const meanConfidence = sum.items === 0 ? null : sum.confidence / sum.items;
    const accuracy = sum.items === 0 ? null : sum.correct / sum.items;
    if (meanConfidence !== null && accuracy !== null) {
      ece += (sum.items / Math.max(1, items.length)) * Math.abs(accuracy - meanConfidence);
      if (sum.items >= 20) worstGap = Math.max(worstGap, Math.abs(accuracy - meanConfidence));
    }
    return { min: RELIABILITY_EDGES[index] as number, max: Math.min(1, RELIABILITY_EDGES[index + 1] as number), items: sum.items, meanConfidence, accuracy };
  });
  return { buckets, ece, worstGap };
}
