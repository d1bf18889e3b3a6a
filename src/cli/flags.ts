/**
 * Task flags -> an input object of the contract. Values are checked by the library's own validator,
 * so the CLI and the library word a bad value the same way; only the field is renamed to its flag.
 */
import { EDITIONS, OPERATORS, PLANS, REGIMES } from '../index.js';
import type { InputIssue } from '../index.js';
import { nearest, notOneOf } from './choice.js';
import { clip, UsageError } from './usage-error.js';

/** The options commander hands over for a single task (camelCase of the flags). */
export interface TaskFlags {
  readonly json?: boolean;
  /** --color / --no-color; undefined when neither was given. */
  readonly color?: boolean;
  /** Also print the first handoff step. */
  readonly next?: boolean;
  readonly scheduled?: boolean;
  readonly compliance?: readonly string[];
  readonly operator?: string;
  readonly involvesCode?: string;
  readonly sandbox?: boolean;
  readonly plan?: string;
  readonly coworkGateway?: boolean;
  readonly knowledge?: string;
  /** `--config PATH`: the organisation's policy file. */
  readonly config?: string;
}

/** The flag that sets each input field. */
const FIELD_FLAGS: Readonly<Record<string, string>> = {
  'context.involvesCode': '--involves-code',
  'context.scheduled': '--scheduled',
  'context.compliance': '--compliance',
  'context.operator': '--operator',
  'context.sandboxPreferred': '--sandbox',
  'policy.plan': '--plan',
  'policy.coworkGateway': '--cowork-gateway',
  'policy.knowledge': '--knowledge',
};

/** The values each flag takes, for help and for "needs a value" errors. */
export const FLAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  '--compliance': [...REGIMES, 'none'],
  '--operator': OPERATORS,
  '--involves-code': ['yes', 'no'],
  '--plan': PLANS,
  '--knowledge': EDITIONS,
};

/** Exactly what --help says: yes or no (in any case). */
const YES_NO: Readonly<Record<string, boolean>> = { yes: true, no: false };

/** Collects `--compliance hipaa,sox` (and repeated flags) into one lower-case list; `none` is kept to be checked. */
export function collectRegimes(value: string, previous: readonly string[] = []): string[] {
  if (value.trim() === '') throw new UsageError('--compliance', `needs a value: one of ${[...REGIMES, 'none'].map((regime) => `"${regime}"`).join(', ')}`);
  const regimes = value
    .split(',')
    .map((regime) => regime.trim().toLowerCase())
    .filter((regime) => regime !== '');
  return [...previous, ...regimes];
}

/** The regimes a --compliance list names: `none` is the empty list (beside a regime it is refused earlier, by conflictingFlags). */
function regimesOf(listed: readonly string[]): readonly string[] {
  return listed.filter((regime) => regime !== 'none');
}

/** Enum values are matched case-insensitively: `--plan Team` is `--plan team`. */
const lower = (value: string): string => value.trim().toLowerCase();

/**
 * Builds the raw input object the flags describe; validation is left to the library.
 * @example inputFromFlags('Fix the build', { scheduled: true }) // { text: 'Fix the build', context: { scheduled: true } }
 */
export function inputFromFlags(text: string, flags: TaskFlags): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  if (flags.involvesCode !== undefined) context['involvesCode'] = yesNo(flags.involvesCode);
  if (flags.scheduled !== undefined) context['scheduled'] = flags.scheduled;
  if (flags.compliance !== undefined) context['compliance'] = regimesOf(flags.compliance);
  if (flags.operator !== undefined) context['operator'] = lower(flags.operator);
  if (flags.sandbox !== undefined) context['sandboxPreferred'] = flags.sandbox;
  const policy: Record<string, unknown> = {};
  if (flags.plan !== undefined) policy['plan'] = lower(flags.plan);
  if (flags.coworkGateway !== undefined) policy['coworkGateway'] = flags.coworkGateway;
  if (flags.knowledge !== undefined) policy['knowledge'] = lower(flags.knowledge);
  return {
    text,
    ...(Object.keys(context).length > 0 && { context }),
    ...(Object.keys(policy).length > 0 && { policy }),
  };
}

function yesNo(answer: string): boolean {
  const value = YES_NO[lower(answer)];
  if (value === undefined) throw new UsageError('--involves-code', notOneOf(answer, ['yes', 'no']));
  return value;
}

/** Turns the library's issue about an input built from flags into a usage error naming the flag. */
export function flagError(issue: InputIssue, input: Record<string, unknown>): UsageError {
  const field = issue.field.replace(/\.\d+$/, '');
  const flag = FIELD_FLAGS[field];
  if (flag === undefined) return new UsageError(issue.field, issue.message);
  const received = valueAt(input, issue.field);
  const got = typeof received === 'string' ? ` (got ${JSON.stringify(clip(received))})` : '';
  // A near miss of an allowed value gets a suggestion: --compliance hippa -> did you mean "hipaa"?
  const near = typeof received === 'string' && issue.code === 'value.not-allowed' ? nearest(received, FLAG_VALUES[flag] ?? []) : undefined;
  return new UsageError(flag, `${issue.message}${got}${near === undefined ? '' : `; did you mean "${near}"?`}`);
}

function valueAt(root: unknown, dottedPath: string): unknown {
  let value = root;
  for (const key of dottedPath.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
