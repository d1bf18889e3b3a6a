/**
 * One line of `code-or-cowork batch` in, one line out: the decision plus the input's `id`, or an error
 * naming the line and the field. Pure, so the streaming loop stays a loop.
 */
import { safeDecide } from '../index.js';
import type { Decision, InputIssue, Result } from '../index.js';
import type { BatchErrorLine } from '../schema/output.js';

/** The keys of an input line that reach the engine; everything else (label, expect, ...) is ignored. */
const INPUT_KEYS = ['text', 'context', 'policy'] as const;

/** Decides one input object: an engine's `safeDecide`, or one wrapped with an organisation's settings. */
export type DecideInput = (raw: unknown) => Result<Decision, readonly InputIssue[]>;

/** What a line is answered with (the shapes of `BatchLineSchema`). */
export type BatchAnswer = (Decision & { readonly id?: string | number }) | BatchErrorLine;

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
  const record = isRecord(parsed) ? parsed : undefined;
  const id = record?.['id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    return { line: lineNumber, error: { field: 'id', code: 'value.wrong-type', message: 'must be a string or a number' } };
  }
  const carried = id === undefined ? {} : { id };
  try {
    const result = decideInput(record ? pickInput(record) : parsed);
    if (result.ok) return id === undefined ? result.value : { id, ...result.value };
    const issue = result.error[0] ?? { field: 'input', code: 'input.not-object', message: 'is invalid' };
    return { ...carried, line: lineNumber, error: { field: issue.field, code: issue.code, message: issue.message } };
  } catch (error) {
    // A bug in the engine must not sink the rest of the run: report it on this line.
    return { ...carried, line: lineNumber, error: { field: 'input', code: 'input.not-object', message: `internal error: ${messageOf(error)}` } };
  }
}

function pickInput(record: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) if (Object.hasOwn(record, key)) input[key] = record[key];
  return input;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
