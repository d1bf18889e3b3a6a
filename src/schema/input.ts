/**
 * The input schema of the contract, validated at every edge (library, CLI, batch, HTTP, MCP).
 * The JSON Schema shipped in `schema/` is generated from these same definitions.
 */
import * as v from 'valibot';
import { EDITIONS, OPERATORS, PLANS, REGIMES } from '../core/ids.js';
import type { IssueCode } from '../core/ids.js';
import type { DecisionInput, InputIssue, Result } from '../core/types.js';
import { withThousands } from '../core/numbers.js';

export const MAX_TEXT_LENGTH = 20_000;

/**
 * Characters that show nothing: white space, zero-width characters, soft hyphens, joiners, bidi
 * and bidi controls. A text of only these is empty.
 */
const VISIBLE = /[^\s\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/u;

/** What the length limit counts, said the same way wherever it is reported. */
export const TEXT_LENGTH_UNIT = 'UTF-16 code units';
const limitWords = `${withThousands(MAX_TEXT_LENGTH)} ${TEXT_LENGTH_UNIT} (JavaScript string length)`;

/** The message of a text over the limit, by its length. */
export function tooLongMessage(length: number | string): string {
  return `is ${typeof length === 'number' ? withThousands(length) : length} ${TEXT_LENGTH_UNIT} long; the limit is ${limitWords}`;
}

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

/** One message function for a strict object: wrong type, missing required key, or unknown key. */
function objectMessage(allowed: readonly string[]) {
  return (issue: v.BaseIssue<unknown>): string => {
    if (issue.expected === 'Object') return 'must be an object';
    if (issue.expected === 'never') return `unknown key ${issue.received}; allowed: ${allowed.join(', ')}`;
    return 'is required';
  };
}

export const ContextSchema = v.strictObject(
  {
    involvesCode: v.optional(
      v.pipe(v.boolean('must be true or false'), v.description('Does the work touch code or infrastructure?')),
    ),
    scheduled: v.optional(
      v.pipe(
        v.boolean('must be true or false'),
        v.description('Must it run automatically (schedule, commit, script) with no person starting it?'),
      ),
    ),
    compliance: v.optional(
      v.pipe(
        v.array(v.picklist(REGIMES, `must be one of ${quoted(REGIMES)}`), 'must be a list of regimes'),
        v.description('Regulated regimes that apply; an empty list says none does.'),
      ),
    ),
    operator: v.optional(
      v.pipe(v.picklist(OPERATORS, `must be one of ${quoted(OPERATORS)}`), v.description('Who will run and watch it.')),
    ),
    sandboxPreferred: v.optional(
      v.pipe(
        v.boolean('must be true or false'),
        v.description('Is a managed sandbox with a limited blast radius preferred?'),
      ),
    ),
  },
  objectMessage(['involvesCode', 'scheduled', 'compliance', 'operator', 'sandboxPreferred']),
);

export const PolicySchema = v.strictObject(
  {
    plan: v.optional(
      v.pipe(v.picklist(PLANS, `must be one of ${quoted(PLANS)}`), v.description("The organisation's Claude plan.")),
    ),
    coworkGateway: v.optional(
      v.pipe(
        v.boolean('must be true or false'),
        v.description("Cowork is wrapped in the organisation's own proxy/gateway and logging."),
      ),
    ),
    knowledge: v.optional(
      v.pipe(
        v.picklist(EDITIONS, `must be one of ${quoted(EDITIONS)}`),
        v.description('Which edition of the knowledge to decide with: "guide" (the default) or "2026-11".'),
      ),
    ),
  },
  objectMessage(['plan', 'coworkGateway', 'knowledge']),
);

export const DecisionInputSchema = v.strictObject(
  {
    text: v.pipe(
      v.string('must be a string'),
      v.check((text) => VISIBLE.test(text), 'must not be empty or only whitespace'),
      v.maxLength(MAX_TEXT_LENGTH, (issue) => tooLongMessage(Number(issue.received))),
      v.description('The task, in plain words.'),
    ),
    context: v.optional(ContextSchema),
    policy: v.optional(PolicySchema),
  },
  objectMessage(['text', 'context', 'policy']),
);

/** The contract's stable code for one valibot issue, read from the kind of check that failed. */
function issueCode(issue: v.BaseIssue<unknown>, field: string): IssueCode {
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return 'key.unknown';
      if (issue.expected === 'Object') return field === 'input' ? 'input.not-object' : 'value.wrong-type';
      return field === 'text' ? 'text.missing' : 'value.wrong-type';
    case 'check':
      return field === 'text' ? 'text.empty' : 'value.not-allowed';
    case 'max_length':
      return 'text.too-long';
    case 'picklist':
      return 'value.not-allowed';
    default:
      return 'value.wrong-type';
  }
}

/** Turns one valibot issue into a field-level issue of the contract. */
function toInputIssue(issue: v.BaseIssue<unknown>): InputIssue {
  const field = v.getDotPath(issue) ?? 'input';
  return { field, code: issueCode(issue, field), message: issue.message };
}

/**
 * Checks an unknown value against the input contract.
 * @example validateInput({ text: 'Fix the flaky test' }) // { ok: true, value: { text: 'Fix the flaky test' } }
 */
export function validateInput(raw: unknown): Result<DecisionInput, readonly InputIssue[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      error: [{ field: 'input', code: 'input.not-object', message: 'must be a JSON object with a "text" field' }],
    };
  }
  for (const key of ['context', 'policy'] as const) {
    // JSON arrays are objects to valibot; the contract wants a plain object here.
    if (Array.isArray((raw as Record<string, unknown>)[key])) {
      return { ok: false, error: [{ field: key, code: 'value.wrong-type', message: 'must be an object' }] };
    }
  }
  const parsed = v.safeParse(DecisionInputSchema, raw);
  if (parsed.success) return { ok: true, value: parsed.output as DecisionInput };
  return { ok: false, error: parsed.issues.map(toInputIssue) };
}
