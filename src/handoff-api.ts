/** `handoff` and `safeHandoff` at module level: those of the default engine, or of one built for the options' knowledge. */
import type { InputIssue, Result } from './core/types.js';
import { createEngine, safeDecide } from './engine.js';
import type { EngineOptions } from './engine.js';
import { dayIn, handoffWith } from './handoff/index.js';
import type { Handoff, HandoffSettings } from './handoff/index.js';
import { InputError } from './errors.js';
import { validateInput } from './schema/input.js';
import { readHandoffRequest } from './schema/handoff.js';
import type { HandoffMethods } from './handoff-methods.js';

export type HandoffApiOptions = HandoffSettings & EngineOptions;

/** The default engine's validate and decide, as the handoff needs them, without building another engine. */
const DEFAULT_DECIDER = { validate: validateInput, safeDecide: (raw: unknown) => safeDecide(raw) };

/**
 * The decision and its next steps, without throwing: bad input or options come back as coded issues.
 * @example safeHandoff({ text: 'Fix the flaky checkout test' }) // { ok: true, value: { decision, steps: [{ kind: 'claude-print', ... }] } }
 */
export function safeHandoff(raw: unknown, options: HandoffApiOptions = {}): Result<Handoff, readonly InputIssue[]> {
  const { knowledge, ...settings } = options;
  return handoffWith(knowledge ? createEngine({ knowledge }) : DEFAULT_DECIDER, raw, settings);
}

/**
 * The decision and its next steps: one step per product to use, in order. Throws `InputError` on bad input or options.
 * @example handoff({ text: 'Every weekday at 7am, run the smoke tests' }, { timeZone: 'Europe/Berlin', date: '2026-12-01' }).steps[0]?.kind
 * // 'github-actions'
 */
export function handoff(raw: unknown, options: HandoffApiOptions = {}): Handoff {
  const result = safeHandoff(raw, options);
  if (!result.ok) throw new InputError(result.error);
  return result.value;
}


/**
 * A request from the HTTP API or MCP (the input plus `timeZone` and `date`) answered by an engine:
 * the date defaults to today in the zone, which only the front end's clock knows.
 * @example answerHandoffRequest(engine, { text: 'Fix it', timeZone: 'Asia/Tokyo' }, new Date(), 'send "timeZone"').ok // true
 */
export function answerHandoffRequest(engine: HandoffMethods, raw: unknown, now: Date, howToChangeZone: string): Result<Handoff, readonly InputIssue[]> {
  const request = readHandoffRequest(raw);
  if (!request.ok) return request;
  const { input, timeZone, date } = request.value;
  return engine.safeHandoff(input, { ...(timeZone !== undefined && { timeZone }), date: date ?? dayIn(timeZone ?? 'UTC', now), howToChangeZone });
}
