/**
 * The handoff at the edges: a request is the contract's input plus the zone and date clock times
 * are read with; the answer is the decision and its steps. HTTP and MCP validate with these and
 * publish them (OpenAPI, the MCP tool's schemas).
 */
import * as v from 'valibot';
import type { InputIssue, Result } from '../core/types.js';
import { STEP_KINDS } from '../handoff/types.js';
import { DecisionInputSchema } from './input.js';
import { DecisionSchema } from './output.js';

const OPTION_ENTRIES = {
  timeZone: v.optional(v.pipe(v.string(), v.description('IANA time zone the task\'s clock times are meant in, e.g. "Europe/Berlin"; UTC by default.'))),
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.description('YYYY-MM-DD: the day the zone\'s offset is taken on (summer time); today by default.'))),
};

export const HandoffRequestSchema = v.strictObject({ ...DecisionInputSchema.entries, ...OPTION_ENTRIES });

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const HandoffStepSchema = v.strictObject({
  surface: v.picklist(['code', 'cowork'] as const),
  kind: v.pipe(v.picklist(STEP_KINDS), v.description('claude-print: a claude -p command; github-actions: a workflow file; cowork-task: a brief to paste; cowork-scheduled-task: a Cowork scheduled task (2026-11 edition); mcp-server: how to register this tool over MCP.')),
  title: v.string(),
  text: v.pipe(v.string(), v.description('What to do, in plain words; commands and briefs in it are copy-paste ready.')),
  copy: v.optional(v.pipe(v.string(), v.description('The one thing to paste: the command or the brief.'))),
  files: v.array(v.strictObject({ path: v.pipe(v.string(), v.description('Relative to where you save it, e.g. the repository root.')), content: v.string() })),
  span: v.pipe(v.strictObject({ start: offset, end: offset }), v.description('The part of the task it covers: indices into the input text.')),
});

export const HandoffSchema = v.strictObject({
  decision: DecisionSchema,
  steps: v.pipe(v.array(HandoffStepSchema), v.description('One per product to use, in the order to do them.')),
});

export interface HandoffRequest {
  /** The input, still to be validated by the engine. */
  readonly input: unknown;
  readonly timeZone?: string;
  readonly date?: string;
}

/**
 * Splits a request into the contract's input and the handoff's own keys, checking the latter's types.
 * @example readHandoffRequest({ text: 'Fix it', timeZone: 'Europe/Berlin' }) // { ok: true, value: { input: { text: 'Fix it' }, timeZone: 'Europe/Berlin' } }
 */
export function readHandoffRequest(raw: unknown): Result<HandoffRequest, readonly InputIssue[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, value: { input: raw } };
  const { timeZone, date, ...input } = raw as Record<string, unknown>;
  const issues: InputIssue[] = [];
  for (const [field, value] of [['timeZone', timeZone], ['date', date]] as const) {
    if (value !== undefined && typeof value !== 'string') issues.push({ field, code: 'value.wrong-type', message: `must be a string (got ${value === null ? 'null' : typeof value})` });
  }
  if (issues.length > 0) return { ok: false, error: issues };
  return { ok: true, value: { input, ...(typeof timeZone === 'string' && { timeZone }), ...(typeof date === 'string' && { date }) } };
}
