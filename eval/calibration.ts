/** Accuracy by confidence bucket, and how the items that got a question fared. */

/** Half-open buckets [min, max); the last one also holds its max (1.0). */
export const CONFIDENCE_BUCKETS = [
  { min: 0, max: 0.5 },
  { min: 0.5, max: 0.7 },
  { min: 0.7, max: 0.8 },
  { min: 0.8, max: 0.9 },
  { min: 0.9, max: 1 },
] as const;

/** The bucket whose accuracy the targets check. */
export const HIGH_CONFIDENCE = 0.9;

export interface Bucket {
  readonly min: number;
  readonly max: number;
  readonly items: number;
  readonly correct: number;
  /** Null when the bucket is empty. */
  readonly accuracy: number | null;
}

export interface QuestionStats {
  /** Items that got at least one question. */
  readonly items: number;
  readonly correct: number;
  readonly accuracy: number | null;
  /** How many items got each question id, most asked first. */
  readonly byId: readonly { readonly id: string; readonly items: number }[];
}

export interface Calibration {
  readonly buckets: readonly Bucket[];
  readonly questions: QuestionStats;
}

export interface Scored {
  readonly correct: boolean;
  readonly confidence?: number;
  readonly questions: readonly { readonly id: string }[];
}

const accuracy = (correct: number, items: number): number | null => (items === 0 ? null : correct / items);

/** Index of the bucket holding a confidence; values outside 0..1 go to the nearest end. */
export function bucketIndex(confidence: number): number {
  const last = CONFIDENCE_BUCKETS.length - 1;
  const index = CONFIDENCE_BUCKETS.findIndex((bucket) => confidence < bucket.max);
  return index === -1 ? last : index;
}

/**
 * Buckets scored items by confidence; items without a confidence are left out of the buckets.
 * @example calibrationOf([{ correct: true, confidence: 0.95, questions: [] }]).buckets[4]?.accuracy // 1
 */
export function calibrationOf(scored: Iterable<Scored>): Calibration {
  const counts = CONFIDENCE_BUCKETS.map(() => ({ items: 0, correct: 0 }));
  const asked = { items: 0, correct: 0 };
  const byId = new Map<string, number>();
  for (const item of scored) {
    if (item.confidence !== undefined && Number.isFinite(item.confidence)) {
      const count = counts[bucketIndex(item.confidence)];
      if (count) {
        count.items += 1;
        if (item.correct) count.correct += 1;
      }
    }
    if (item.questions.length > 0) {
      asked.items += 1;
      if (item.correct) asked.correct += 1;
      for (const id of new Set(item.questions.map((question) => question.id))) byId.set(id, (byId.get(id) ?? 0) + 1);
    }
  }
  return {
    buckets: CONFIDENCE_BUCKETS.map((bucket, index) => {
      const count = counts[index] ?? { items: 0, correct: 0 };
      return { ...bucket, ...count, accuracy: accuracy(count.correct, count.items) };
    }),
    questions: {
      ...asked,
      accuracy: accuracy(asked.correct, asked.items),
      byId: [...byId]
        .map(([id, items]) => ({ id, items }))
        .sort((a, b) => b.items - a.items || a.id.localeCompare(b.id)),
    },
  };
}

/** The bucket starting at the high-confidence mark (≥ 0.9). */
export function highConfidenceBucket(calibration: Calibration): Bucket | undefined {
  return calibration.buckets.find((bucket) => bucket.min === HIGH_CONFIDENCE);
}
