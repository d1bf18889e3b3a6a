/**
 * The answer to one task: the product and how sure at a glance, then the task with its deciding
 * words marked, why, the plan when both are needed, what to keep in mind, questions whose answers
 * re-decide, and the technical detail behind a "Details" control.
 */
import type { Decision, Update } from '../../src/index.js';
import { h, replace } from './dom.js';
import type { Child } from './dom.js';
import { highlight } from './lib/highlight.js';
import { headline, PRODUCT_BLURBS, PRODUCT_NAMES, QUESTION_ANSWERS, sureness } from './lib/words.js';
import type { AnswerOption } from './lib/words.js';

export interface AnswerView {
  readonly text: string;
  readonly decision: Decision;
  /** What an answered question changed, in a sentence. */
  readonly changed?: string;
  /** The answers given to questions for this task, read back. */
  readonly answered: readonly string[];
  /** Set when the decision was saved to the history. */
  readonly savedId?: string;
}

export interface AnswerActions {
  readonly onAnswer: (option: AnswerOption) => void;
  readonly onClearAnswers: () => void;
  readonly onCopyMarkdown: () => void;
  readonly onCopyLink: () => void;
}

/** The task's text with the words behind the decision inside <mark> elements. */
export function markedText(text: string, decision: Decision): HTMLElement {
  return h(
    'p',
    { class: 'task-echo' },
    ...highlight(text, decision).map((piece) =>
      piece.mark ? h('mark', { class: `mark-${piece.mark.product}`, attrs: { title: piece.mark.why } }, piece.text) : piece.text,
    ),
  );
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'answer-part' }, h('h3', {}, title), ...children);
}

function plan(decision: Decision): Child {
  if (decision.parts.length === 0) return null;
  return section(
    'The plan: which part goes where',
    h(
      'ol',
      { class: 'plan' },
      ...decision.parts.map((part) =>
        h('li', {}, h('span', { class: `badge badge-${part.surface}` }, PRODUCT_NAMES[part.surface]), ' ', h('q', {}, part.text)),
      ),
    ),
  );
}

function questions(decision: Decision, view: AnswerView, actions: AnswerActions): Child {
  const asked = decision.questions.map((question) =>
    h(
      'div',
      { class: 'question', attrs: { role: 'group', 'aria-label': question.text } },
      h('p', {}, question.text),
      h(
        'div',
        { class: 'buttons' },
        ...QUESTION_ANSWERS[question.id].map((option) =>
          h('button', { attrs: { type: 'button', 'data-question': question.id }, on: { click: () => actions.onAnswer(option) } }, option.label),
        ),
      ),
    ),
  );
  const said =
    view.answered.length === 0
      ? null
      : h(
          'p',
          { class: 'answered' },
          `You said: ${view.answered.join('; ')}. `,
          h('button', { class: 'link', attrs: { type: 'button' }, on: { click: actions.onClearAnswers } }, 'Forget these answers'),
        );
  if (asked.length === 0 && !said) return null;
  return section(asked.length > 0 ? 'A question that could change this' : 'Your answers', ...asked, said);
}

function details(text: string, decision: Decision): HTMLElement {
  const rows = decision.reasons.flatMap((reason) =>
    reason.evidence.length === 0
      ? [h('tr', {}, h('td', {}, h('code', {}, reason.rule)), h('td', {}, '(from the context, not the text)'), h('td', {}, '–'))]
      : reason.evidence.map((evidence) =>
          h('tr', {}, h('td', {}, h('code', {}, reason.rule)), h('td', {}, h('q', {}, evidence.text)), h('td', {}, `${evidence.start}–${evidence.end}`)),
        ),
  );
  return h(
    'details',
    { class: 'details' },
    h('summary', {}, 'Details'),
    h('p', {}, `Knowledge: ${decision.knowledge.edition} edition, version ${decision.knowledge.version}, as of ${decision.knowledge.asOf}. Confidence ${decision.confidence}.`),
    h(
      'div',
      { class: 'table-wrap' },
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Rule'), h('th', {}, 'Words'), h('th', {}, 'Offsets'))), h('tbody', {}, ...rows)),
    ),
    decision.caveats.length + decision.questions.length > 0
      ? h('p', {}, 'Ids: ', ...[...decision.caveats, ...decision.questions].flatMap((item, index) => [index > 0 ? ', ' : '', h('code', {}, item.id)]))
      : null,
    h('pre', { class: 'json' }, JSON.stringify({ text, decision }, null, 2)),
  );
}

/** Draws the answer into `container`. */
export function renderAnswer(container: HTMLElement, view: AnswerView, actions: AnswerActions): void {
  const { decision, text } = view;
  const percent = Math.round(decision.confidence * 100);
  const blurbs =
    decision.surface === 'both'
      ? [`${PRODUCT_NAMES.code} is ${PRODUCT_BLURBS.code}`, `${PRODUCT_NAMES.cowork} is ${PRODUCT_BLURBS.cowork}`]
      : [`${PRODUCT_NAMES[decision.surface]} is ${PRODUCT_BLURBS[decision.surface]}`];
  replace(
    container,
    h(
      'article',
      { class: `card verdict verdict-${decision.surface}`, attrs: { 'data-surface': decision.surface, 'aria-label': 'The answer' } },
      h('h2', { class: 'verdict-product' }, headline(decision.surface)),
      h(
        'p',
        { class: 'verdict-sure' },
        h('meter', { attrs: { min: '0', max: '100', value: String(percent), 'aria-label': 'How sure' } }),
        ` ${sureness(decision.confidence)} (${percent}% sure)`,
      ),
      ...blurbs.map((blurb) => h('p', { class: 'blurb' }, blurb)),
      view.changed ? h('p', { class: 'changed', attrs: { role: 'status' } }, view.changed) : null,
      plan(decision),
      section('Your task, with the words that decided it', markedText(text, decision)),
      section('Why', h('ul', {}, ...decision.reasons.map((reason) => h('li', {}, reason.summary)))),
      decision.caveats.length > 0 ? section('Keep in mind', h('ul', {}, ...decision.caveats.map((caveat) => h('li', {}, caveat.text)))) : null,
      questions(decision, view, actions),
      // The next steps (POST /api/handoff) are drawn here by main.ts once they arrive.
      h('section', { class: 'answer-part next-steps', attrs: { id: 'next-steps', 'aria-live': 'polite' } }),
      h(
        'div',
        { class: 'actions' },
        h('button', { attrs: { type: 'button', id: 'copy-markdown' }, on: { click: actions.onCopyMarkdown } }, 'Copy as Markdown'),
        h('button', { attrs: { type: 'button', id: 'copy-link' }, on: { click: actions.onCopyLink } }, 'Copy a link to this task'),
        view.savedId ? h('span', { class: 'status' }, 'Saved to your history.') : null,
      ),
      details(text, decision),
    ),
  );
}

const safeUrl = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

/** Newer facts that change what the guide says, beside the answer. */
export function renderUpdates(container: HTMLElement, updates: readonly Update[]): void {
  if (updates.length === 0) {
    replace(container);
    return;
  }
  replace(
    container,
    h(
      'section',
      { class: 'card updates', attrs: { 'aria-label': 'Newer information' } },
      h('h2', {}, 'Newer information'),
      h('p', { class: 'hint' }, 'Some of what this answer rests on has changed since the guide was written.'),
      ...updates.map((update) =>
        h(
          'div',
          { class: 'update' },
          h('p', {}, update.now),
          h('p', { class: 'hint' }, `The guide said: ${update.guide}`),
          h('p', { class: 'hint' }, `As of ${update.asOf}. `, h('a', { attrs: { href: safeUrl(update.source), rel: 'noreferrer' } }, 'Source')),
        ),
      ),
    ),
  );
}
