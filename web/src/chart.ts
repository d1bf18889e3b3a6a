/**
 * A small SVG chart of the history: the split by product and the most frequent reasons,
 * as labelled horizontal bars (the numbers are in the text too, for screen readers).
 */
import type { LogStats } from '../../src/log/store.js';
import { h, svg } from './dom.js';
import { ruleLabel } from './lib/words.js';

const WIDTH = 360;
/** Each row: its label on one line, the bar and its count under it, so long labels never overlap. */
const ROW = 40;
const COUNT_ROOM = 44;

interface Bar {
  readonly label: string;
  readonly count: number;
  readonly tone: string;
}

function bars(title: string, rows: readonly Bar[]): SVGElement {
  const max = Math.max(1, ...rows.map((row) => row.count));
  const height = rows.length * ROW + 4;
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-label': title, class: 'bars' },
    svg('title', {}, title),
    ...rows.map((row, index) => {
      const y = index * ROW + 2;
      const length = Math.max(2, Math.round(((WIDTH - COUNT_ROOM) * row.count) / max));
      return svg(
        'g',
        {},
        svg('text', { x: 0, y: y + 13, class: 'bar-label' }, row.label),
        svg('rect', { x: 0, y: y + 18, width: length, height: 16, rx: 3, class: `bar bar-${row.tone}` }),
        svg('text', { x: length + 6, y: y + 31, class: 'bar-count' }, String(row.count)),
      );
    }),
  );
}

const SURFACE_LABELS: Readonly<Record<string, string>> = { code: 'Claude Code', cowork: 'Claude Cowork', both: 'Both' };


export function statsChart(stats: LogStats): HTMLElement {
  if (stats.total === 0) return h('p', { class: 'hint' }, 'Nothing decided yet. Decisions you save show up here.');
  return h(
    'div',
    { class: 'chart-grid' },
    h(
      'figure',
      {},
      bars('Decisions by product', stats.bySurface.map((row) => ({ label: SURFACE_LABELS[row.key] ?? row.key, count: row.count, tone: row.key }))),
      h('figcaption', {}, `${stats.total} decisions: ${stats.bySurface.map((row) => `${row.count} ${SURFACE_LABELS[row.key] ?? row.key}`).join(', ')}.`),
    ),
    h(
      'figure',
      {},
      bars('Most frequent reasons', stats.byRule.slice(0, 5).map((row) => ({ label: ruleLabel(row.key), count: row.count, tone: row.key.startsWith('code.') ? 'code' : 'cowork' }))),
      h('figcaption', {}, 'The reasons given most often.'),
    ),
  );
}
