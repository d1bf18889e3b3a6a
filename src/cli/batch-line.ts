/**
 * One line of `code-or-cowork batch` in, one line out: the decision plus the input's `id`, or an error
 * naming the line and the field. Pure, so the streaming loop stays a loop.
 */
import { safeDecide } from '../index.js';
import { decideItem, messageOf } from '../lines/decide-item.js';
import type { BatchAnswer, SafeDecide } from '../lines/decide-item.js';
import { MAX_JSON_DEPTH, nestsDeeperThan, rawIdOf } from './json-line.js';
import type { InputLine } from './line-reader.js';

export type { BatchAnswer } from '../lines/decide-item.js';

/** Decides one input object: an engine's `safeDecide`, or one wrapped with an organisation's settings. */
export type DecideInput = SafeDecide;

/**
 * @example decideLine('{"id":"a1","text":"Deploy the API"}', 1) // { id: 'a1', surface: 'code', ... }
 * @example decideLine('{oops', 2) // { line: 2, error: { field: 'input', code: 'input.not-json', message: 'is not valid JSON: ...' } }
 */
export function decideLine(line: string, lineNumber: number, decideInput: DecideInput = safeDecide): BatchAnswer {
  if (nestsDeeperThan(line, MAX_JSON_DEPTH)) {
    return { line: lineNumber, error: { field: 'input', code: 'line.too-deep', message: `nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep` } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: { field: 'input', code: 'input.not-json', message: `is not valid JSON: ${messageOf(error)}` } };
  }
  return decideItem(parsed, lineNumber, decideInput);
}

export interface AnswerOptions {
  readonly maxLineBytes: number;
  readonly decideInput?: DecideInput | undefined;
}

/**
 * The output line (with its "\n") for one input line, and whether it reports an error. A number
 * id is written back exactly as it came (`1234567890123456789`, `1e400`), not as JSON.parse read it.
 * @example answerLine({ kind: 'too-long', number: 3 }, { maxLineBytes: 1024 }).text // '{"line":3,"error":{"field":"input","code":"line.too-long",...}}\n'
 */
export function answerLine(line: InputLine, options: AnswerOptions): { readonly text: string; readonly bad: boolean } {
  if (line.kind === 'too-long') {
    const message = `is longer than ${options.maxLineBytes} bytes (the --max-line-bytes limit); skipped unread`;
    return { text: `${JSON.stringify({ line: line.number, error: { field: 'input', code: 'line.too-long', message } })}\n`, bad: true };
  }
  const answer = decideLine(line.text, line.number, options.decideInput);
  const bad = 'error' in answer;
  if (typeof answer.id !== 'number') return { text: `${JSON.stringify(answer)}\n`, bad };
  const { id: _parsed, ...rest } = answer;
  const raw = rawIdOf(line.text) ?? JSON.stringify(_parsed);
  return { text: `{"id":${raw},${JSON.stringify(rest).slice(1)}\n`, bad };
}
