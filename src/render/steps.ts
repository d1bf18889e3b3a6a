/**
 * Handoff steps → text for a terminal: a numbered heading per step, then its text and each file
 * in full, flush left, so a command or file pasted from it is exactly what the step holds.
 */
import picocolors from 'picocolors';
import type { HandoffStep } from '../handoff/types.js';
import type { RenderTextOptions } from './text.js';

/**
 * Renders one step, numbered.
 * @example renderStep(step, 1, { color: false }) // '1. Run it once with Claude Code in your terminal\n\nIn a terminal, ...'
 */
export function renderStep(step: HandoffStep, number: number, options: RenderTextOptions): string {
  const c = picocolors.createColors(options.color);
  const files = step.files.map((file) => `${c.dim(`--- ${file.path} ---`)}\n${file.content.trimEnd()}\n${c.dim(`--- end of ${file.path} ---`)}`);
  return [c.bold(`${number}. ${step.title}`), step.text, ...files].join('\n\n');
}

/**
 * Renders the steps under a "Next steps" heading (no trailing newline).
 * @example renderSteps(handoff.steps, { color: false }) // 'Next steps\n\n1. ...'
 */
export function renderSteps(steps: readonly HandoffStep[], options: RenderTextOptions, heading = steps.length === 1 ? 'Next step' : 'Next steps'): string {
  const c = picocolors.createColors(options.color);
  return [c.bold(heading), ...steps.map((step, index) => renderStep(step, index + 1, options))].join('\n\n');
}
