/**
 * Classification metrics from a confusion matrix (rows = label, columns = prediction).
 * A `both` prediction is never correct on a single-label corpus: it lowers the recall of
 * its label and counts towards no label's precision. Divisions by zero give 0, and the
 * averages run over the labels that occur (in the labels, or for macro-F1 in either the
 * labels or the predictions), as scikit-learn does.
 */
import { LABELS, PREDICTIONS } from './types.js';
import type { Label, Prediction } from './types.js';

export type Confusion = Readonly<Record<Label, Readonly<Record<Prediction, number>>>>;

export interface LabelScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Items carrying this label. */
  readonly support: number;
}

export interface Scores {
  readonly items: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly balancedAccuracy: number;
  readonly macroF1: number;
  readonly labels: Readonly<Record<Label, LabelScore>>;
  /** Items decided `both`. */
  readonly both: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

const emptyRow = (): Record<Prediction, number> => ({ code: 0, cowork: 0, both: 0 });

/**
 * Counts label/prediction pairs.
 * @example confusionOf([{ label: 'code', predicted: 'both' }]).code.both // 1
 */
export function confusionOf(pairs: Iterable<{ readonly label: Label; readonly predicted: Prediction }>): Confusion {
  const matrix: Record<Label, Record<Prediction, number>> = { code: emptyRow(), cowork: emptyRow() };
  for (const { label, predicted } of pairs) matrix[label][predicted] += 1;
  return matrix;
}

const rowTotal = (confusion: Confusion, label: Label): number =>
  PREDICTIONS.reduce((sum, predicted) => sum + confusion[label][predicted], 0);

const columnTotal = (confusion: Confusion, predicted: Prediction): number =>
  LABELS.reduce((sum, label) => sum + confusion[label][predicted], 0);

function labelScore(confusion: Confusion, label: Label): LabelScore {
  const hits = confusion[label][label];
  const support = rowTotal(confusion, label);
  const precision = ratio(hits, columnTotal(confusion, label));
  const recall = ratio(hits, support);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
}

/** Accuracy, balanced accuracy, macro-F1 and per-label precision/recall/F1. */
export function scoresOf(confusion: Confusion): Scores {
  const labels = { code: labelScore(confusion, 'code'), cowork: labelScore(confusion, 'cowork') };
  const items = LABELS.reduce((sum, label) => sum + rowTotal(confusion, label), 0);
  const correct = LABELS.reduce((sum, label) => sum + confusion[label][label], 0);
  const present = LABELS.filter((label) => labels[label].support > 0);
  const seen = LABELS.filter((label) => labels[label].support > 0 || columnTotal(confusion, label) > 0);
  return {
    items,
    correct,
    accuracy: ratio(correct, items),
    balancedAccuracy: mean(present.map((label) => labels[label].recall)),
    macroF1: mean(seen.map((label) => labels[label].f1)),
    labels,
    both: columnTotal(confusion, 'both'),
  };
}
