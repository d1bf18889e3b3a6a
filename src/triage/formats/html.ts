/**
 * The HTML report: one self-contained file (inline style, inline SVG chart, a sortable and filterable
 * table, no external requests) that streams: the rows are written as they come, and the summary,
 * known only at the end, is written after them and shown first by CSS order.
 */
import type { TriageRow } from '../row.js';
import { rowLabel } from '../row.js';
import { percent } from '../summary.js';
import type { Count, TriageSummary } from '../summary.js';
import { percentOf, PRODUCT_LABELS, shortId } from '../text.js';
import { PRODUCT_COLORS, splitChart } from './html-chart.js';
import { contentSecurityPolicy, SCRIPT, STYLE } from './html-assets.js';
import { escapeHtml } from './html-escape.js';
import type { ReportOptions, ReportWriter } from './writer.js';

const HEADINGS = [
  { title: 'ID', type: 'text' },
  { title: 'Product', type: 'text' },
  { title: 'Confidence', type: 'number' },
  { title: 'Reasons', type: 'text' },
  { title: 'Caveats', type: 'text' },
  { title: 'Question', type: 'text' },
  { title: 'Task', type: 'text' },
] as const;

function start(options: ReportOptions): string {
  const title = `Triage of ${options.source}`;
  const heads = HEADINGS.map(
    (heading) => `<th scope="col" data-type="${heading.type}"><button type="button">${heading.title}</button></th>`,
  ).join('');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style></head><body><main>`,
    `<header><h1>${escapeHtml(title)}</h1><p>Which tasks belong in Claude Code and which in Claude Cowork, by code-or-cowork.</p></header>`,
    '<section class="panel" aria-labelledby="tasks-h"><div class="tools"><h2 id="tasks-h">Tasks</h2>',
    '<div class="find"><span class="count"><span id="shown"></span> shown</span>',
    '<input id="filter" type="search" placeholder="Filter tasks" aria-label="Filter tasks"></div></div>',
    `<div class="scroll"><table id="rows"><thead><tr>${heads}</tr></thead><tbody>\n`,
  ].join('\n');
}

/** Ids as chips; `short` drops the kind ("caveat.") where the column already says it, keeping the full id as a tooltip. */
const chips = (ids: readonly string[], kind: string, short = false): string =>
  ids.map((id) => `<span class="chip ${kind}" title="${escapeHtml(id)}">${escapeHtml(short ? shortId(id) : id)}</span>`).join('');

function row(row: TriageRow): string {
  const confidence = Math.round(row.confidence * 100);
  const cells = [
    `<td class="id" data-v="${escapeHtml(row.id ?? String(row.line).padStart(9, '0'))}">${escapeHtml(rowLabel(row))}</td>`,
    `<td><span class="pill ${row.product}">${PRODUCT_LABELS[row.product]}</span></td>`,
    `<td data-v="${row.confidence}"><span class="conf"><i><b style="width:${confidence}%"></b></i>${percentOf(row.confidence)}</span></td>`,
    `<td title="${escapeHtml(row.why)}">${row.reasons.map((rule) => chips([rule], `rule-${rule.split('.')[0] ?? ''}`, true)).join('')}</td>`,
    `<td>${chips(row.caveats, 'caveat', true)}</td>`,
    `<td class="question">${row.question === undefined ? '' : escapeHtml(row.question.text)}</td>`,
    `<td class="task">${escapeHtml(row.text)}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>\n`;
}

function bars(title: string, counts: readonly Count[], whole: number): string {
  const top = counts.slice(0, 6);
  const items =
    top.length === 0
      ? '<li class="none">none</li>'
      : top
          .map(
            (count) =>
              `<li><span class="chip">${escapeHtml(count.id)}</span><span>${count.count} (${percent(count.count, whole)})</span>` +
              `<span class="bar"><i style="width:${whole === 0 ? 0 : Math.round((100 * count.count) / whole)}%"></i></span></li>`,
          )
          .join('');
  return `<div class="panel"><h2>${escapeHtml(title)}</h2><ul class="bars">${items}</ul></div>`;
}

function end(summary: TriageSummary): string {
  const card = (kind: string, value: number, label: string): string =>
    `<div class="card ${kind}"><div class="n">${value.toLocaleString('en-US')}</div><div class="l">${escapeHtml(label)}</div></div>`;
  const legend = (['code', 'cowork', 'both'] as const)
    .map((surface) => `<span style="--c:${PRODUCT_COLORS[surface]}">${PRODUCT_LABELS[surface]} ${summary.products[surface]} (${percent(summary.products[surface], summary.tasks)})</span>`)
    .join('');
  const skipped =
    summary.skipped === 0
      ? ''
      : `<div class="panel"><h2>${summary.skipped} ${summary.skipped === 1 ? 'row' : 'rows'} skipped</h2><ul class="skipped">${summary.skippedRows
          .map((skip) => `<li>line ${skip.line}: ${escapeHtml(skip.field)}: ${escapeHtml(skip.message)} <span class="chip">${escapeHtml(skip.code)}</span></li>`)
          .join('')}${summary.skipped > summary.skippedRows.length ? '<li>…</li>' : ''}</ul></div>`;
  return [
    '</tbody></table></div></section>',
    '<section class="summary" aria-label="Summary">',
    '<div class="cards">',
    card('code', summary.products.code, `${PRODUCT_LABELS.code} (${percent(summary.products.code, summary.tasks)})`),
    card('cowork', summary.products.cowork, `${PRODUCT_LABELS.cowork} (${percent(summary.products.cowork, summary.tasks)})`),
    card('both', summary.products.both, `Both (${percent(summary.products.both, summary.tasks)})`),
    card('ask', summary.needAnswer, 'need an answer first'),
    '</div>',
    `<div class="panel"><h2>Split of ${summary.tasks.toLocaleString('en-US')} ${summary.tasks === 1 ? 'task' : 'tasks'}</h2>${splitChart(summary)}<div class="legend">${legend}</div></div>`,
    `<div class="columns">${bars('Most frequent rules', summary.rules, summary.tasks)}${bars('Most frequent caveats', summary.caveats, summary.tasks)}${bars('Open questions', summary.questions, summary.tasks)}</div>`,
    skipped,
    '</section>',
    '<footer>Generated by code-or-cowork. Sort by a column by clicking its heading.</footer>',
    `</main><script>${SCRIPT}</script></body></html>\n`,
  ].join('\n');
}

/** @example createHtmlWriter({ source: 'backlog.csv' }).start() // '<!doctype html>...' */
export function createHtmlWriter(options: ReportOptions): ReportWriter {
  return { start: () => start(options), row, end };
}
