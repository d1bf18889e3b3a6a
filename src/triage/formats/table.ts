/** The terminal table: fixed-width columns so it streams, task text cut to fit, the summary below. */
import type { TriageRow } from '../row.js';
import { rowLabel } from '../row.js';
import type { TriageSummary } from '../summary.js';
import { oneLine, percentOf, PRODUCT_LABELS, shortId, truncate } from '../text.js';
import { summaryEntries } from './summary-text.js';
import type { ReportWriter } from './writer.js';

const COLUMNS = [
  { title: 'ID', width: 12 },
  { title: 'PRODUCT', width: 13 },
  { title: 'CONF', width: 4 },
  { title: 'WHY', width: 26 },
  { title: 'ASK', width: 10 },
  { title: 'TASK', width: 56 },
] as const;

function line(cells: readonly string[]): string {
  const padded = cells.map((cell, index) => {
    const width = COLUMNS[index]?.width ?? cell.length;
    return index === cells.length - 1 ? truncate(cell, width) : truncate(cell, width).padEnd(width);
  });
  return `${padded.join('  ').trimEnd()}\n`;
}

function cells(row: TriageRow): string[] {
  return [
    oneLine(rowLabel(row)),
    PRODUCT_LABELS[row.product],
    percentOf(row.confidence).padStart(4),
    row.reasons.map(shortId).join(', ') || '-',
    row.question === undefined ? '' : shortId(row.question.id),
    oneLine(row.text),
  ];
}

/** @example createTableWriter().row(row) // 'ENG-1         Claude Code     93%  code-or-infra ...\n' */
export function createTableWriter(): ReportWriter {
  return {
    start: () => line(COLUMNS.map((column) => column.title)),
    row: (row) => line(cells(row)),
    end: (summary: TriageSummary) => {
      const entries = summaryEntries(summary);
      const width = Math.max(...entries.map(([label]) => label.length));
      return `\n${entries.map(([label, value]) => `${`${label}:`.padEnd(width + 1)} ${value}`).join('\n')}\n`;
    },
  };
}
