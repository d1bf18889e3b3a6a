/** The report formats by name. */
import { createCsvWriter } from './csv.js';
import { createHtmlWriter } from './html.js';
import { createJsonlWriter } from './jsonl.js';
import { createMarkdownWriter } from './markdown.js';
import { createTableWriter } from './table.js';
import type { ReportFormat, ReportOptions, ReportWriter } from './writer.js';

export { REPORT_FORMATS } from './writer.js';
export type { ReportFormat, ReportOptions, ReportWriter } from './writer.js';

const WRITERS = {
  table: createTableWriter,
  md: createMarkdownWriter,
  csv: createCsvWriter,
  jsonl: createJsonlWriter,
  html: createHtmlWriter,
} as const satisfies Record<ReportFormat, (options: ReportOptions) => ReportWriter>;

/** @example createReportWriter('md', { source: 'backlog.csv' }).start() // '# Triage of backlog.csv\n...' */
export function createReportWriter(format: ReportFormat, options: ReportOptions): ReportWriter {
  return WRITERS[format](options);
}
