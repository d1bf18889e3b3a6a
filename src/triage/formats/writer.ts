/** What every report format is: text before the rows, one piece per row, and the summary at the end. */
import type { TriageRow } from '../row.js';
import type { TriageSummary } from '../summary.js';

export const REPORT_FORMATS = ['table', 'md', 'csv', 'jsonl', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Pure: each method returns text for the caller to write, so a report streams in flat memory. */
export interface ReportWriter {
  start(): string;
  row(row: TriageRow): string;
  end(summary: TriageSummary): string;
}

export interface ReportOptions {
  /** The input's name, for titles ("backlog.csv", or "standard input"). */
  readonly source: string;
}
