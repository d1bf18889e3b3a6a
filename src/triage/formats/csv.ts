/**
 * CSV out: one row per task, quoted by csv-stringify, and cells that a spreadsheet would run as
 * formulas defused. The summary goes to stderr for this format (see the triage command), so the
 * file stays one table.
 */
import { stringify } from 'csv-stringify/sync';
import type { TriageRow } from '../row.js';
import type { ReportWriter } from './writer.js';

const HEADER = ['line', 'id', 'product', 'confidence', 'reasons', 'caveats', 'question', 'text'] as const;

/**
 * A leading = + - @ (or tab, CR) is prefixed with an apostrophe so a spreadsheet shows the text
 * instead of evaluating it (OWASP's advice on CSV injection).
 * @example defuse('=SUM(A1)') // "'=SUM(A1)"
 */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const record = (fields: readonly string[]): string => stringify([fields.map(defuse)], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });

export function createCsvWriter(): ReportWriter {
  return {
    start: () => record(HEADER),
    row: (row: TriageRow) =>
      record([
        String(row.line),
        row.id ?? '',
        row.product,
        row.confidence.toFixed(2),
        row.reasons.join(' '),
        row.caveats.join(' '),
        row.question?.text ?? '',
        row.text,
      ]),
    end: () => '',
  };
}
