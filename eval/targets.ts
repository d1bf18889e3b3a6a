/** The accuracy targets a router must meet, checked as data; renderers put them into words. */
import { highConfidenceBucket } from './calibration.js';
import type { Calibration } from './calibration.js';
import type { Scores } from './metrics.js';

export const TARGET_IDS = ['macro-f1', 'balanced-accuracy', 'source-accuracy', 'high-confidence-accuracy'] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export const TARGETS = {
  'macro-f1': 0.96,
  'balanced-accuracy': 0.96,
  'source-accuracy': 0.92,
  'high-confidence-accuracy': 0.97,
} as const satisfies Record<TargetId, number>;

export interface SourceScore {
  readonly source: string;
  readonly items: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface TargetResult {
  readonly id: TargetId;
  readonly threshold: number;
  /** The figure checked; null when there is nothing to measure (no high-confidence items). */
  readonly value: number | null;
  readonly passed: boolean;
  /** For `source-accuracy`: the source with the lowest accuracy. */
  readonly source?: string;
  /** For `high-confidence-accuracy`: how many items the bucket holds. */
  readonly items?: number;
}

const meets = (value: number | null, threshold: number): boolean => value !== null && value >= threshold;

/** Checks every target; an empty high-confidence bucket fails (nothing shows the target is met). */
export function checkTargets(
  scores: Scores,
  sources: readonly SourceScore[],
  calibration: Calibration | null,
): readonly TargetResult[] {
  const lowest = [...sources].sort((a, b) => a.accuracy - b.accuracy)[0];
  const high = calibration ? highConfidenceBucket(calibration) : undefined;
  const result = (id: TargetId, value: number | null) => ({
    id,
    threshold: TARGETS[id],
    value,
    passed: meets(value, TARGETS[id]),
  });
  return [
    result('macro-f1', scores.macroF1),
    result('balanced-accuracy', scores.balancedAccuracy),
    { ...result('source-accuracy', lowest?.accuracy ?? null), ...(lowest ? { source: lowest.source } : {}) },
    { ...result('high-confidence-accuracy', high?.accuracy ?? null), items: high?.items ?? 0 },
  ];
}
