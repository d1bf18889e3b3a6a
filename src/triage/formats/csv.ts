/** CSV out: one row per task, RFC 4180 quoting, and cells that a spreadsheet would run as formulas defused. */
import type { TriageRow } from '../row.js';
import type { ReportWriter } from './writer.js';

const HEADER = ['line', 'id', 'product', 'confidence', 'reasons', 'caveats', 'question', 'text'] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with
 * an apostrophe so a spreadsheet shows the text instead of evaluating it (OWASP's CSV injection advice).
 * @example csvField('=SUM(A1)') // "'=SUM(A1)"
 * @example csvField('a, "b"') // '"a, ""b"""'
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const record = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The summary goes to stderr for this format (see the triage command): the file stays one table. */
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
