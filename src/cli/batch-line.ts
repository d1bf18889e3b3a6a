/**
 * One line of `code-or-cowork batch` in, one line out: the decision plus the input's `id`, or an error
 * naming the line and the field. Pure, so the streaming loop stays a loop.
 */
import { safeDecide } from '../index.js';
import { decideItem, messageOf } from '../lines/decide-item.js';
import type { BatchAnswer, SafeDecide } from '../lines/decide-item.js';

export type { BatchAnswer } from '../lines/decide-item.js';

/** Decides one input object: an engine's `safeDecide`, or one wrapped with an organisation's settings. */
export type DecideInput = SafeDecide;

/**
 * @example decideLine('{"id":"a1","text":"Deploy the API"}', 1) // { id: 'a1', surface: 'code', ... }
 * @example decideLine('{oops', 2) // { line: 2, error: { field: 'input', code: 'input.not-json', message: 'is not valid JSON: ...' } }
 */
export function decideLine(line: string, lineNumber: number, decideInput: DecideInput = safeDecide): BatchAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: { field: 'input', code: 'input.not-json', message: `is not valid JSON: ${messageOf(error)}` } };
  }
  return decideItem(parsed, lineNumber, decideInput);
}
