/** The wording of target ids and figure names, shared by the text and markdown renderers. */
import type { TargetId, TargetResult } from './targets.js';
import { rate } from './format.js';

export const TARGET_WORDS = {
  'macro-f1': 'macro-F1',
  'balanced-accuracy': 'balanced accuracy',
  'source-accuracy': 'every source accuracy',
  'high-confidence-accuracy': '≥0.9-confidence accuracy',
} as const satisfies Record<TargetId, string>;

/** A target as `name ≥ threshold`. */
export const targetName = (target: TargetResult): string => `${TARGET_WORDS[target.id]} ≥ ${target.threshold.toFixed(2)}`;

/** The measured figure, with what it refers to. */
export function targetValue(target: TargetResult): string {
  switch (target.id) {
    case 'macro-f1':
    case 'balanced-accuracy':
      return rate(target.value);
    case 'source-accuracy':
      return target.source === undefined ? rate(target.value) : `${rate(target.value)} (lowest: ${target.source})`;
    case 'high-confidence-accuracy':
      return `${rate(target.value)} (${target.items ?? 0} items)`;
  }
}
