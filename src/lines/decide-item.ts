/**
 * One batch item, already parsed, to one answer: the decision plus the item's `id`, or an error
 * naming its position and the field. Shared by `code-or-cowork batch` (lines) and `POST /api/batch`
 * (array items), so both answer bad items the same way.
 */
import type { Decision, InputIssue, Result } from '../index.js';
import type { BatchErrorLine } from '../schema/output.js';

/** The keys of an item that reach the engine; everything else (label, expect, ...) is ignored. */
const INPUT_KEYS = ['text', 'context', 'policy'] as const;

/** What an item is answered with (the shapes of `BatchLineSchema`). */
export type BatchAnswer = (Decision & { readonly id?: unknown }) | BatchErrorLine;

export type SafeDecide = (raw: unknown) => Result<Decision, readonly InputIssue[]>;

/**
 * @example decideItem({ id: 'a1', text: 'Deploy the API' }, 1, safeDecide) // { id: 'a1', surface: 'code', ... }
 * @example decideItem({ text: '' }, 2, safeDecide) // { line: 2, error: { field: 'text', code: 'text.empty', ... } }
 */
export function decideItem(parsed: unknown, position: number, safeDecide: SafeDecide): BatchAnswer {
  const record = isRecord(parsed) ? parsed : undefined;
  // An id of any JSON type is carried across as it came: it is the caller's, not ours to judge.
  const id = record?.['id'];
  const carried = id === undefined ? {} : { id };
  try {
    const result = safeDecide(record ? pickInput(record) : parsed);
    if (result.ok) return id === undefined ? result.value : { id, ...result.value };
    const issue = result.error[0] ?? { field: 'input', code: 'input.not-object', message: 'is invalid' };
    return { ...carried, line: position, error: { field: issue.field, code: issue.code, message: issue.message } };
  } catch (error) {
    // A bug in the engine must not sink the rest of the run: report it on this item.
    return { ...carried, line: position, error: { field: 'input', code: 'input.not-object', message: `internal error: ${messageOf(error)}` } };
  }
}

/** The input an item carries, without its id and other keys. */
export function pickInput(record: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) if (Object.hasOwn(record, key)) input[key] = record[key];
  return input;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
