/** The router-versus-baseline figures of one file, as rows both reports lay out their own way. */
import type { FileReport } from './evaluate.js';
import { LABELS } from './types.js';

export interface ComparisonRow {
  readonly name: string;
  readonly router: number;
  readonly baseline: number;
  /** A count (shown as a whole number, no gain) rather than a rate. */
  readonly count?: true;
}

export interface ComparisonWords {
  /** The name of the row counting `both` answers, in the report's own markup. */
  readonly both: string;
  readonly source: (source: string, items: number) => string;
}

export function comparisonRows(file: FileReport, words: ComparisonWords): ComparisonRow[] {
  const { router, baseline } = file;
  const rows: ComparisonRow[] = [
    { name: 'accuracy', router: router.scores.accuracy, baseline: baseline.scores.accuracy },
    { name: 'balanced accuracy', router: router.scores.balancedAccuracy, baseline: baseline.scores.balancedAccuracy },
    { name: 'macro-F1', router: router.scores.macroF1, baseline: baseline.scores.macroF1 },
  ];
  for (const label of LABELS) {
    const a = router.scores.labels[label];
    const b = baseline.scores.labels[label];
    rows.push(
      { name: `${label} precision`, router: a.precision, baseline: b.precision },
      { name: `${label} recall`, router: a.recall, baseline: b.recall },
      { name: `${label} F1`, router: a.f1, baseline: b.f1 },
    );
  }
  rows.push({ name: words.both, router: router.scores.both, baseline: baseline.scores.both, count: true });
  for (const source of router.sources) {
    const other = baseline.sources.find((entry) => entry.source === source.source);
    rows.push({ name: words.source(source.source, source.items), router: source.accuracy, baseline: other?.accuracy ?? 0 });
  }
  return rows;
}
