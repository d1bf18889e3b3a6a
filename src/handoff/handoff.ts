/**
 * Decision → next steps: one per piece of work, in the task's order. Code that runs once is a
 * `claude -p` command, code that runs unattended a workflow file; knowledge work a Cowork brief,
 * or a Cowork scheduled task with the 2026-11 edition and a clock schedule. A later piece that
 * uses an earlier one's result says it waits for it.
 */
import type { Decision, DecisionInput, InputIssue, Result } from '../core/types.js';
import { claudePrintStep } from './claude-print.js';
import { planCodeWork } from './code-prompt.js';
import { coworkScheduledStep, coworkTaskStep } from './cowork.js';
import { githubActionsStep } from './github-actions.js';
import type { ZoneSetting } from './github-actions.js';
import { mcpSetupStep } from './mcp-setup.js';
import { findSchedule } from './schedule.js';
import type { Schedule } from './schedule.js';
import { canonicalTimeZone, parseDay } from './time-zone.js';
import { findTrigger, withoutTrigger } from './trigger.js';
import { readIntent } from './intent.js';
import type { Handoff, HandoffOptions, HandoffStep } from './types.js';
import type { Work } from './work.js';
import { describeWork } from './work.js';

/** The edition in which Cowork has scheduled tasks. */
const SCHEDULED_TASKS_EDITION = '2026-11';
const REVIEW_CAVEAT = 'Have an engineer review what Claude Code changes before it ships.';
const DEFAULT_HOW_TO_CHANGE_ZONE = 'pass the timeZone option';

/** Between two parts, or at the start of the later one: words that say it comes after and uses the result. */
const SEQUENCE = /\b(?:then|after(?:wards|\s+that)?|once|next|when\s+(?:that|it)\s+is\s+done)\b/i;
const BACK_REFERENCE =
  /\b(?:it|them|those|these|the\s+(?:results?|fix|fixed|findings|output|changes|changed|updated|summary|report|numbers|figures|data|export|list|affected))\b/i;

/** The checked zone; the day is optional until the decision's edition supplies its default. */
export type ZoneChoice = Omit<ZoneSetting, 'day'> & { readonly day?: ZoneSetting['day'] };

export interface HandoffSettings extends HandoffOptions {
  /** How the reader changes the zone, in the front end's terms, e.g. "pass --tz ZONE (or set TZ)". */
  readonly howToChangeZone?: string;
}

/**
 * Checks the caller's options: a real IANA zone and a real date.
 * @example checkHandoffOptions({ timeZone: 'Mars/Olympus' }) // { ok: false, error: [{ field: 'timeZone', code: 'value.not-allowed', ... }] }
 */
export function checkHandoffOptions(options: HandoffSettings): Result<ZoneChoice, readonly InputIssue[]> {
  const issues: InputIssue[] = [];
  const timeZone = options.timeZone === undefined ? 'UTC' : canonicalTimeZone(options.timeZone);
  if (timeZone === undefined) {
    issues.push({ field: 'timeZone', code: 'value.not-allowed', message: `must be an IANA time zone name such as "Europe/Berlin" or "UTC" (got ${JSON.stringify(options.timeZone)})` });
  }
  const day = options.date === undefined ? undefined : parseDay(options.date);
  if (options.date !== undefined && day === undefined) {
    issues.push({ field: 'date', code: 'value.not-allowed', message: `must be a date written YYYY-MM-DD (got ${JSON.stringify(options.date)})` });
  }
  if (timeZone === undefined || issues.length > 0) return { ok: false, error: issues };
  return { ok: true, value: { timeZone, ...(day && { day }), howToChange: options.howToChangeZone ?? DEFAULT_HOW_TO_CHANGE_ZONE } };
}

/**
 * "On every push to main, ...", "Every weekday at 7am, ...": a trigger that opens a sentence says
 * when the work runs, even where the decision's reasons do not list it (later in a sentence it is
 * as often the subject: "debug why the nightly job failed").
 */
function opensWithTrigger(text: string, referenceDay: Date): boolean {
  const trigger = findTrigger(text, referenceDay);
  if (trigger.kind === 'manual' || trigger.kind === 'dispatch') return false;
  const before = text.slice(0, trigger.span.start).trimEnd();
  return before === '' || '.;:!?'.includes(before.charAt(before.length - 1));
}

/** The pieces of work a decision names, in the task's order. */
function piecesOf(input: DecisionInput, decision: Decision, referenceDay: Date): Work[] {
  const automated = (rules: readonly { rule: string }[]): boolean => rules.some((reason) => reason.rule === 'code.automation');
  const contextSays = input.context?.scheduled;
  /** A code piece runs unattended when the decision or the context says so, or its words open with a trigger. */
  const unattended = (text: string, rules: readonly { rule: string }[]): boolean =>
    contextSays === true || (contextSays !== false && (automated(rules) || opensWithTrigger(text, referenceDay)));
  if (decision.surface !== 'both' || decision.parts.length === 0) {
    const surface = decision.surface === 'cowork' ? 'cowork' : 'code';
    const runsAlone = surface === 'code' ? unattended(input.text, decision.reasons) : contextSays === true || automated(decision.reasons);
    return [describeWork(input.text, 0, surface, runsAlone)];
  }
  const parts = [...decision.parts].sort((a, b) => a.start - b.start);
  const pieces: Work[] = [];
  parts.forEach((part, index) => {
    const runsAlone = part.surface === 'code' ? unattended(part.text, part.reasons) : automated(part.reasons);
    const work = describeWork(part.text, part.start, part.surface, runsAlone);
    const previous = parts[index - 1];
    const between = previous ? input.text.slice(previous.end, part.start) : '';
    const opening = part.text.slice(0, 40);
    const usesEarlier = previous !== undefined && (SEQUENCE.test(between) || SEQUENCE.test(opening) || BACK_REFERENCE.test(part.text));
    pieces.push(usesEarlier && previous ? { ...work, waitsFor: { step: index, text: previous.text, surface: previous.surface } } : work);
  });
  return pieces;
}

/** Where a code step follows another, its prompt says what it builds on. */
function waitLine(work: Work): string[] {
  if (!work.waitsFor) return [];
  const product = work.waitsFor.surface === 'code' ? 'Claude Code' : 'Cowork';
  return [`This follows step ${work.waitsFor.step} ("${work.waitsFor.text.trim()}", done in ${product}); use its result, and stop and say so if it is not there.`];
}

/** "Every Monday at 9" sets a clock; "the weekly report" only says the work recurs. */
function isClockSchedule(text: string, schedule: Schedule): boolean {
  return (schedule.time !== undefined && !schedule.time.assumed) || /^(?:every|each|on|daily|nightly|hourly)\b/i.test(text.slice(schedule.span.start));
}

function stepFor(work: Work, decision: Decision, zone: ZoneSetting, referenceDay: Date): HandoffStep {
  if (work.surface === 'cowork') {
    const schedule = decision.knowledge.edition === SCHEDULED_TASKS_EDITION ? findSchedule(work.text, referenceDay) : undefined;
    return schedule && (work.unattended || isClockSchedule(work.text, schedule))
      ? coworkScheduledStep(work, schedule, zone.timeZone)
      : coworkTaskStep(work);
  }
  const review = decision.caveats.find((caveat) => caveat.id === 'caveat.engineering-review')?.text ?? REVIEW_CAVEAT;
  if (!work.unattended) return claudePrintStep(work, planCodeWork(work.text, work.intent, work.mentions, waitLine(work)), review);
  // "On every push" says when, not what: the work's intent is read without the trigger's words.
  const trigger = findTrigger(work.text, referenceDay);
  const intent = readIntent(withoutTrigger(work.text, trigger));
  const plan = planCodeWork(work.text, intent, work.mentions, waitLine(work));
  return githubActionsStep({ ...work, intent }, plan, trigger, zone, review);
}

/**
 * The next steps for a decided task: pure, with the zone and date passed in.
 * @example buildHandoff({ text: 'Fix the failing tests' }, decision, zone).steps[0]?.kind // 'claude-print'
 */
export function buildHandoff(input: DecisionInput, decision: Decision, choice: ZoneChoice, mcp = false): Handoff {
  // Without a date, the offset is taken on the first day of the edition's asOf month: fixed, and said in the step.
  const zone: ZoneSetting = { ...choice, day: choice.day ?? parseDay(`${decision.knowledge.asOf.slice(0, 7)}-01`) ?? { year: 2026, month: 1, day: 1 } };
  const referenceDay = new Date(Date.UTC(zone.day.year, zone.day.month - 1, zone.day.day, 12));
  const steps = piecesOf(input, decision, referenceDay).map((work) => stepFor(work, decision, zone, referenceDay));
  return { decision, steps: mcp ? [...steps, mcpSetupStep({ start: 0, end: input.text.length })] : steps };
}
