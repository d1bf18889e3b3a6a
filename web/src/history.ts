/** The history view: saved decisions, searchable and filterable, each reopenable or removable; the chart above. */
import type { DecisionRecord } from '../../src/log/record.js';
import { api } from './api.js';
import { byId, h, replace } from './dom.js';
import { statsChart } from './chart.js';
import { headline, ruleLabel } from './lib/words.js';

export interface HistoryActions {
  readonly onReopen: (record: DecisionRecord) => void;
}

const PAGE = 20;

export function mountHistory(actions: HistoryActions): { refresh: () => Promise<void> } {
  const list = byId<HTMLOListElement>('history-list');
  const more = byId<HTMLButtonElement>('history-more');
  const filter = byId<HTMLFormElement>('history-filter');
  const ruleSelect = byId<HTMLSelectElement>('history-rule');
  let cursor: string | undefined;
  let timer: number | undefined;

  const query = (): Record<string, string> => {
    const data = new FormData(filter);
    const entries = [...data.entries()].map(([key, value]) => [key, String(value).trim()] as const).filter(([, value]) => value !== '');
    return Object.fromEntries([['limit', String(PAGE)], ...entries, ...(cursor ? [['cursor', cursor]] : [])]);
  };

  const item = (record: DecisionRecord): HTMLLIElement =>
    h(
      'li',
      { class: `history-item verdict-${record.decision.surface}` },
      h('p', { class: 'history-text' }, record.input.text),
      h('p', { class: 'hint' }, `${headline(record.decision.surface)} · ${Math.round(record.decision.confidence * 100)}% · `, h('time', { attrs: { datetime: record.time } }, new Date(record.time).toLocaleString())),
      h(
        'div',
        { class: 'buttons' },
        h('button', { attrs: { type: 'button' }, on: { click: () => actions.onReopen(record) } }, 'Open'),
        h(
          'button',
          {
            attrs: { type: 'button', 'aria-label': `Remove from history: ${record.input.text.slice(0, 60)}` },
            on: {
              click: () => {
                void api.remove(record.id).then(refresh);
              },
            },
          },
          'Remove',
        ),
      ),
    );

  async function load(append: boolean): Promise<void> {
    if (!append) cursor = undefined;
    try {
      const page = await api.list(query());
      if (!append) replace(list);
      list.append(...page.records.map(item));
      if (!append && page.records.length === 0) list.append(h('li', { class: 'hint' }, 'No saved decisions match.'));
      cursor = page.nextCursor;
      more.hidden = cursor === undefined;
    } catch (error) {
      replace(list, h('li', { class: 'hint' }, `The history is not available: ${error instanceof Error ? error.message : String(error)}`));
      more.hidden = true;
    }
  }

  async function refresh(): Promise<void> {
    await load(false);
    try {
      const stats = await api.stats();
      replace(byId('chart'), statsChart(stats));
      const chosen = ruleSelect.value;
      replace(ruleSelect, h('option', { attrs: { value: '' } }, 'Any'), ...stats.byRule.map((row) => h('option', { attrs: { value: row.key, ...(row.key === chosen ? { selected: '' } : {}) } }, ruleLabel(row.key))));
    } catch {
      replace(byId('chart'), h('p', { class: 'hint' }, 'Nothing is being saved on this server.'));
    }
  }

  filter.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void load(false), 250);
  });
  filter.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => void load(true));
  return { refresh };
}
