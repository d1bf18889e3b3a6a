/** The batch view: paste lines or choose a file, decide them all, see the results, download them. */
import { api } from './api.js';
import type { BatchResult } from './api.js';
import { byId, h, replace } from './dom.js';
import { markedText } from './answer.js';
import { formatOfFile, parseBatch, resultsCsv, resultsJsonl } from './lib/batch-input.js';
import type { BatchItem, ResultRow } from './lib/batch-input.js';
import { PRODUCT_NAMES } from './lib/words.js';
import type { Decision } from '../../src/index.js';

/** Items per request: well under the API's 10,000 items and 1 MiB. */
const CHUNK = 200;

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function row(position: number, result: ResultRow): HTMLTableRowElement {
  const error = result.answer['error'] as { message?: string; field?: string } | undefined;
  const decision = result.answer as unknown as Decision;
  return h(
    'tr',
    {},
    h('td', {}, String(position)),
    h('td', {}, error ? result.text : markedText(result.text, decision)),
    h('td', {}, error ? h('span', { class: 'error' }, `Not decided: ${error.field ?? 'input'} ${error.message ?? ''}`) : decision.surface === 'both' ? 'Both' : PRODUCT_NAMES[decision.surface]),
    h('td', {}, error ? '' : `${Math.round(decision.confidence * 100)}%`),
  );
}

export function mountBatch(onDone: () => void): void {
  const form = byId<HTMLFormElement>('batch-form');
  const textarea = byId<HTMLTextAreaElement>('batch-text');
  const file = byId<HTMLInputElement>('batch-file');
  const status = byId('batch-status');
  const results = byId('batch-results');
  const table = byId<HTMLTableElement>('batch-table');
  let rows: ResultRow[] = [];
  let dropped: File | undefined;

  // A file dropped anywhere on the form is used as if it had been chosen.
  form.addEventListener('dragover', (event) => {
    event.preventDefault();
    form.classList.add('dropping');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dropping'));
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    form.classList.remove('dropping');
    dropped = event.dataTransfer?.files[0];
    if (dropped) status.textContent = `Ready: ${dropped.name}. Press "Decide all".`;
  });
  file.addEventListener('change', () => {
    dropped = undefined;
  });

  async function items(): Promise<BatchItem[] | string> {
    const chosen = dropped ?? file.files?.[0];
    const parsed = chosen ? parseBatch(await chosen.text(), formatOfFile(chosen.name)) : parseBatch(textarea.value, 'lines');
    if (!parsed.ok) return parsed.message;
    return parsed.items.length === 0 ? 'There are no tasks to decide: paste some lines or choose a file.' : parsed.items;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const chosen = await items();
      if (typeof chosen === 'string') {
        status.textContent = chosen;
        return;
      }
      rows = [];
      try {
        for (let start = 0; start < chosen.length; start += CHUNK) {
          status.textContent = `Deciding ${Math.min(start + CHUNK, chosen.length)} of ${chosen.length}…`;
          const slice = chosen.slice(start, start + CHUNK);
          const answer = await api.batch(slice);
          answer.results.forEach((result: BatchResult, index) => rows.push({ text: String(slice[index]?.text ?? ''), answer: result }));
        }
      } catch (error) {
        status.textContent = `The batch failed: ${error instanceof Error ? error.message : String(error)}`;
        return;
      }
      const failed = rows.filter((result) => 'error' in result.answer).length;
      status.textContent = `Decided ${rows.length - failed} of ${rows.length}${failed > 0 ? `; ${failed} could not be decided` : ''}.`;
      replace(
        table,
        h('caption', { class: 'sr-only' }, 'Batch results'),
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, '#'), h('th', { attrs: { scope: 'col' } }, 'Task'), h('th', { attrs: { scope: 'col' } }, 'Use'), h('th', { attrs: { scope: 'col' } }, 'Sure'))),
        h('tbody', {}, ...rows.map((result, index) => row(index + 1, result))),
      );
      results.hidden = false;
      onDone();
    })();
  });
  byId('download-csv').addEventListener('click', () => download('decisions.csv', 'text/csv', resultsCsv(rows)));
  byId('download-jsonl').addEventListener('click', () => download('decisions.jsonl', 'application/x-ndjson', resultsJsonl(rows)));
}
