/** The Markdown report: a table of every task, then the summary; user text escaped for table cells. */
import type { TriageRow } from '../row.js';
import { rowLabel } from '../row.js';
import type { TriageSummary } from '../summary.js';
import { oneLine, percentOf, PRODUCT_LABELS } from '../text.js';
import { summaryEntries } from './summary-text.js';
import type { ReportOptions, ReportWriter } from './writer.js';

/**
 * Text safe inside a Markdown table cell: no line breaks, pipes escaped, and no raw HTML.
 * @example mdCell('a | <b>') // 'a \\| &lt;b&gt;'
 */
export function mdCell(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\|`*_[\]])/g, '\\$1');
}

const code = (text: string): string => `\`${text}\``;

function row(row: TriageRow): string {
  const cells = [
    mdCell(rowLabel(row)),
    `**${PRODUCT_LABELS[row.product]}**`,
    percentOf(row.confidence),
    row.reasons.map(code).join(', '),
    row.caveats.map(code).join(', '),
    row.question === undefined ? '' : mdCell(row.question.text),
    mdCell(row.text),
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/** @example createMarkdownWriter({ source: 'backlog.csv' }).start() // '# Triage of backlog.csv\n\n| Task | ...' */
export function createMarkdownWriter(options: ReportOptions): ReportWriter {
  return {
    start: () =>
      `# Triage of ${mdCell(options.source)}\n\n` +
      '| ID | Product | Confidence | Reasons | Caveats | Question | Task |\n' +
      '| --- | --- | ---: | --- | --- | --- | --- |\n',
    row,
    end: (summary: TriageSummary) =>
      `\n## Summary\n\n${summaryEntries(summary)
        .map(([label, value]) => `- **${label}:** ${mdCell(value)}`)
        .join('\n')}\n`,
  };
}
