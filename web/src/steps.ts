/**
 * The next steps under the answer (POST /api/handoff): each step's title and text, a button that
 * copies its command or brief, and a download for each file it brings. Text nodes only.
 */
import type { HandoffFile, HandoffStep } from '../../src/index.js';
import { h, replace } from './dom.js';
import { PRODUCT_NAMES } from './lib/words.js';

export interface StepActions {
  readonly onCopy: (text: string, done: string) => void;
}

/** What the copy button copies, and what it is called. */
function copyable(step: HandoffStep): { text: string; label: string } {
  if (step.copy !== undefined) return { text: step.copy, label: step.kind.startsWith('cowork') ? 'Copy the brief' : 'Copy the command' };
  const [file] = step.files;
  if (file) return { text: file.content, label: 'Copy the file' };
  return { text: step.text, label: 'Copy' };
}

const baseName = (path: string): string => path.split('/').pop() || 'file.txt';

/** Saves a file through a temporary object URL: nothing leaves the page. */
function download(file: HandoffFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/plain;charset=utf-8' }));
  const link = h('a', { attrs: { href: url, download: baseName(file.path) } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function stepItem(step: HandoffStep, actions: StepActions): HTMLElement {
  const { text, label } = copyable(step);
  return h(
    'li',
    { class: 'step', attrs: { 'data-kind': step.kind } },
    h('h4', {}, h('span', { class: `badge badge-${step.surface}` }, PRODUCT_NAMES[step.surface]), ' ', step.title),
    // Focusable: a long command scrolls, and keyboard users must be able to scroll it too.
    h('pre', { class: 'step-text', attrs: { tabindex: '0', 'aria-label': `${step.title}: what to do` } }, step.text),
    h(
      'div',
      { class: 'buttons' },
      h('button', { class: 'copy-step', attrs: { type: 'button' }, on: { click: () => actions.onCopy(text, `${label.replace(/^Copy/, 'Copied')}.`) } }, label),
      ...step.files.map((file) =>
        h('button', { class: 'download-file', attrs: { type: 'button', 'data-path': file.path }, on: { click: () => download(file) } }, `Download ${baseName(file.path)}`),
      ),
    ),
    ...step.files.map((file) => h('details', { class: 'step-file' }, h('summary', {}, file.path), h('pre', { attrs: { tabindex: '0', 'aria-label': file.path } }, file.content))),
  );
}

/** Draws the steps into `container` (the answer's "next steps" slot). */
export function renderNextSteps(container: HTMLElement, steps: readonly HandoffStep[], actions: StepActions): void {
  if (steps.length === 0) {
    replace(container);
    return;
  }
  replace(container, h('h3', {}, steps.length === 1 ? 'What to do next' : 'What to do next, in order'), h('ol', { class: 'steps' }, ...steps.map((step) => stepItem(step, actions))));
}
