/**
 * The page: one task box that decides as you type, the history and the batch view, wired to the
 * server's API. Every user-supplied string reaches the page as a text node (see dom.ts).
 */
import './style.css';
import type { Context, Decision, DecisionInput } from '../../src/index.js';
import { renderAnswer, renderUpdates } from './answer.js';
import { renderNextSteps } from './steps.js';
import { api, ApiError, setToken } from './api.js';
import { mountBatch } from './batch.js';
import { byId, h, replace } from './dom.js';
import { mountHistory } from './history.js';
import { decisionMarkdown } from './lib/markdown.js';
import { shareHash, taskFromHash } from './lib/share.js';
import { whatChanged } from './lib/words.js';
import type { AnswerOption } from './lib/words.js';
import { mountSettings, toInput } from './settings.js';
import type { Settings } from './settings.js';

const TYPING_PAUSE_MS = 300;

const task = byId<HTMLTextAreaElement>('task');
const answerBox = byId('answer');
const updatesBox = byId('updates');
const askStatus = byId('ask-status');

interface State {
  settings: Settings;
  defaultEdition: string;
  /** Context from questions answered for this task; cleared when the task is edited. */
  answers: Context;
  answered: string[];
  shown?: { text: string; decision: Decision; savedId?: string };
  sequence: number;
}

const state: State = { settings: {} as Settings, defaultEdition: 'guide', answers: {}, answered: [], sequence: 0 };

function currentInput(text: string): DecisionInput {
  const { context, policy } = toInput(state.settings, state.defaultEdition);
  const merged = { ...context, ...state.answers };
  return {
    text,
    ...(Object.keys(merged).length > 0 ? { context: merged } : {}),
    ...(Object.keys(policy).length > 0 ? { policy } : {}),
  };
}

function show(text: string, decision: Decision, extra: { changed?: string; savedId?: string } = {}): void {
  state.shown = { text, decision, ...(extra.savedId ? { savedId: extra.savedId } : {}) };
  renderAnswer(answerBox, { text, decision, answered: state.answered, ...extra }, {
    onAnswer: answerQuestion,
    onClearAnswers: () => {
      state.answers = {};
      state.answered = [];
      void decide({ save: false });
    },
    onCopyMarkdown: () => void copy(decisionMarkdown(text, decision), 'The answer was copied as Markdown.'),
    onCopyLink: () => {
      const url = `${location.origin}${location.pathname}${shareHash(text)}`;
      history.replaceState(null, '', shareHash(text));
      void copy(url, 'A link to this task was copied.');
    },
  });
  renderUpdates(updatesBox, decision.updates);
}

function showProblem(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    askForToken();
    return;
  }
  const message = error instanceof ApiError && error.issues.length > 0 ? error.issues.map((issue) => issue.message).join(' ') : 'The server could not be reached.';
  replace(answerBox, h('p', { class: 'card error', attrs: { role: 'alert' } }, `This task could not be decided: ${message}`));
  renderUpdates(updatesBox, []);
}

async function decide(options: { save: boolean; changedFrom?: Decision }): Promise<void> {
  const text = task.value;
  if (text.trim() === '') {
    state.sequence += 1;
    replace(answerBox);
    renderUpdates(updatesBox, []);
    return;
  }
  const mine = ++state.sequence;
  askStatus.textContent = options.save ? 'Saving…' : '';
  try {
    const answer = await api.decide(currentInput(text), options.save);
    if (mine !== state.sequence) return; // a newer keystroke has its own answer coming
    const { id, ...decision } = answer;
    show(text, decision, {
      ...(options.changedFrom ? { changed: whatChanged(options.changedFrom, decision) } : {}),
      ...(id ? { savedId: id } : {}),
    });
    askStatus.textContent = options.save ? (id ? 'Saved.' : 'Decided (this server keeps no history).') : '';
    if (options.save) void historyView.refresh();
    void showNextSteps(text, mine);
  } catch (error) {
    if (mine === state.sequence) {
      askStatus.textContent = '';
      showProblem(error);
    }
  }
}

/** The browser's own zone, for the clock times in a task; UTC when it has none. */
const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Asks for the next steps of the answer on show; a newer answer wins, and a failure leaves the answer as it is. */
async function showNextSteps(text: string, mine: number): Promise<void> {
  try {
    const { steps } = await api.handoff(currentInput(text), browserZone());
    const slot = document.getElementById('next-steps');
    if (mine !== state.sequence || !slot) return;
    renderNextSteps(slot, steps, { onCopy: (copied, done) => void copy(copied, done) });
  } catch {
    // The answer stands without its steps; the next keystroke asks again.
  }
}

function answerQuestion(option: AnswerOption): void {
  state.answers = { ...state.answers, ...option.context };
  state.answered = [...state.answered, option.said];
  const before = state.shown?.decision;
  void decide({ save: true, ...(before ? { changedFrom: before } : {}) });
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (or no secure context): copy through a selected, hidden text box.
    const box = h('textarea', { class: 'sr-only', attrs: { readonly: '', 'aria-hidden': 'true' } });
    box.value = text;
    document.body.append(box);
    box.select();
    document.execCommand('copy');
    box.remove();
  }
  askStatus.textContent = done;
}

function askForToken(): void {
  if (document.getElementById('token-form')) return;
  const input = h('input', { attrs: { type: 'password', id: 'token', autocomplete: 'off', required: '' } });
  const form = h(
    'form',
    { class: 'card token', attrs: { id: 'token-form' } },
    h('label', { attrs: { for: 'token' } }, 'This server needs its access token'),
    input,
    h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Use this token'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setToken(input.value.trim());
    form.remove();
    void start();
  });
  document.querySelector('main')?.prepend(form);
  input.focus();
}

function mountTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (chosen: HTMLButtonElement): void => {
    for (const tab of tabs) {
      const on = tab === chosen;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      byId(tab.getAttribute('aria-controls') ?? '').hidden = !on;
    }
    if (chosen.id === 'tab-history') void historyView.refresh();
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      const next = tabs[(index + step + tabs.length) % tabs.length] as HTMLButtonElement;
      next.focus();
      select(next);
    });
  });
}

const historyView = mountHistory({
  onReopen: (record) => {
    task.value = record.input.text;
    state.answers = {};
    state.answered = [];
    show(record.input.text, record.decision, { savedId: record.id });
    byId<HTMLButtonElement>('tab-ask').click();
    task.focus();
  },
});

/** A `#token=` link hands the page the server's token; it is kept for this tab only and taken off the URL. */
function takeTokenFromHash(): void {
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (!token) return;
  setToken(token);
  history.replaceState(null, '', location.pathname);
}

function openFromHash(): void {
  const shared = taskFromHash(location.hash);
  if (shared !== undefined) {
    task.value = shared;
    state.answers = {};
    state.answered = [];
    void decide({ save: false });
  }
}

let typing: number | undefined;
task.addEventListener('input', () => {
  state.answers = {};
  state.answered = [];
  window.clearTimeout(typing);
  typing = window.setTimeout(() => void decide({ save: false }), TYPING_PAUSE_MS);
});
task.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    byId<HTMLFormElement>('ask-form').requestSubmit();
  }
});
byId<HTMLFormElement>('ask-form').addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(typing);
  void decide({ save: true });
});
window.addEventListener('hashchange', openFromHash);

async function start(): Promise<void> {
  let editions = ['guide'];
  try {
    const knowledge = await api.knowledge();
    state.defaultEdition = knowledge.default;
    editions = knowledge.editions.map((edition) => edition.edition);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      askForToken();
      return;
    }
  }
  state.settings = mountSettings(byId<HTMLFormElement>('settings'), editions, (settings) => {
    state.settings = settings;
    if (task.value.trim() !== '') void decide({ save: false });
  });
  if (taskFromHash(location.hash) !== undefined) openFromHash();
  else if (task.value.trim() !== '') void decide({ save: false });
}

mountTabs();
mountBatch(() => void historyView.refresh());
takeTokenFromHash();
void start();
