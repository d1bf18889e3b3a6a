/** What the conversation changed, in words, and the same answer as one command line. */
import type { Surface } from '../core/ids.js';
import type { Decision } from '../core/types.js';
import type { Answer } from './flow.js';

const NAMES = { code: 'Claude Code', cowork: 'Claude Cowork', both: 'both Claude Code and Claude Cowork' } as const satisfies Record<Surface, string>;

/**
 * @example changeLine(first, final, answers) // 'Changed: Claude Cowork -> Claude Code, after your answers: --scheduled'
 */
export function changeLine(first: Decision, final: Decision, answers: readonly Answer[]): string {
  if (answers.length === 0) return `Unchanged: ${NAMES[final.surface]}; no answer could change it.`;
  const given = answers.map((answer) => answer.option.flags).join(' ');
  if (first.surface === final.surface) {
    const sure = Math.round(final.confidence * 100) - Math.round(first.confidence * 100);
    const confidence = sure === 0 ? '' : `, confidence ${sure > 0 ? '+' : ''}${sure} points`;
    return `Unchanged: still ${NAMES[final.surface]}${confidence} (your answers: ${given}).`;
  }
  return `Changed: ${NAMES[first.surface]} -> ${NAMES[final.surface]}, after your answers: ${given}.`;
}

/** Single-quotes a word for POSIX shells. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * @example equivalentCommand('Prepare the report', ['--scheduled']) // "code-or-cowork 'Prepare the report' --scheduled"
 */
export function equivalentCommand(text: string, flags: readonly string[]): string {
  return ['code-or-cowork', shellQuote(text.replace(/\s+/g, ' ').trim()), ...flags].join(' ');
}
