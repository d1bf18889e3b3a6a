/** JSON Lines out: one row object a line, then one `{"summary": ...}` line, so programs read it as they go. */
import type { TriageRow } from '../row.js';
import type { TriageSummary } from '../summary.js';
import type { ReportWriter } from './writer.js';

/** @example createJsonlWriter().row(row) // '{"line":2,"id":"ENG-1","text":"...","product":"code",...}\n' */
export function createJsonlWriter(): ReportWriter {
  return {
    start: () => '',
    row: (row: TriageRow) => `${JSON.stringify(row)}\n`,
    end: (summary: TriageSummary) => `${JSON.stringify({ summary })}\n`,
  };
}
