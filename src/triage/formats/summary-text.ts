/** The summary in sentences, shared by the terminal table, Markdown and stderr. */
import { PRODUCT_LABELS, shortId } from '../text.js';
import { percent } from '../summary.js';
import type { Count, TriageSummary } from '../summary.js';

/** How many counted ids a summary line names. */
const TOP = 5;

/**
 * @example splitLine(summary) // '120 tasks: Claude Code 45 (38%), Claude Cowork 70 (58%), both 5 (4%)'
 */
export function splitLine(summary: TriageSummary): string {
  const { tasks, products } = summary;
  const split = (['code', 'cowork', 'both'] as const)
    .map((surface) => `${PRODUCT_LABELS[surface]} ${products[surface]} (${percent(products[surface], tasks)})`)
    .join(', ');
  return `${tasks} ${tasks === 1 ? 'task' : 'tasks'}: ${split}`;
}

export function countsLine(counts: readonly Count[]): string {
  if (counts.length === 0) return 'none';
  return counts
    .slice(0, TOP)
    .map((count) => `${shortId(count.id)} ${count.count}`)
    .join(', ');
}

/** "2 rows skipped (lines 4, 9)", or '' when none were. */
export function skippedLine(summary: TriageSummary): string {
  if (summary.skipped === 0) return '';
  const lines = summary.skippedRows.map((row) => row.line).join(', ');
  const more = summary.skipped > summary.skippedRows.length ? ', ...' : '';
  return `${summary.skipped} ${summary.skipped === 1 ? 'row' : 'rows'} skipped (${summary.skipped === 1 ? 'line' : 'lines'} ${lines}${more})`;
}

/** The summary as labelled lines: [label, value]. */
export function summaryEntries(summary: TriageSummary): [string, string][] {
  const entries: [string, string][] = [
    ['Split', splitLine(summary)],
    ['Need an answer', `${summary.needAnswer} (${percent(summary.needAnswer, summary.tasks)}): ${countsLine(summary.questions)}`],
    ['Top rules', countsLine(summary.rules)],
    ['Top caveats', countsLine(summary.caveats)],
  ];
  const skipped = skippedLine(summary);
  if (skipped !== '') entries.push(['Skipped', skipped]);
  return entries;
}
