/**
 * The handoff: from a decision to the next steps a person can act on at once. Pure: no clock, no
 * I/O; the caller passes the time zone and the date.
 */
import type { Decision, DecisionInput, InputIssue, Result } from '../core/types.js';
import { buildHandoff, checkHandoffOptions } from './handoff.js';
import type { HandoffSettings } from './handoff.js';
import type { Handoff } from './types.js';

export { STEP_KINDS } from './types.js';
export type { Handoff, HandoffFile, HandoffOptions, HandoffStep, StepKind } from './types.js';
export type { HandoffSettings } from './handoff.js';
export { mcpSetupStep } from './mcp-setup.js';
export { dayIn } from './time-zone.js';

/** What the handoff needs from an engine: its validator and its decision. */
export interface Decider {
  validate(raw: unknown): Result<DecisionInput, readonly InputIssue[]>;
  safeDecide(raw: unknown): Result<Decision, readonly InputIssue[]>;
}

/**
 * Validates the input and the options, decides, and writes the steps; issues come back as data.
 * @example handoffWith(createEngine(), { text: 'Fix the flaky test' }).ok // true
 */
export function handoffWith(engine: Decider, raw: unknown, options: HandoffSettings = {}): Result<Handoff, readonly InputIssue[]> {
  const checked = engine.validate(raw);
  const zone = checkHandoffOptions(options);
  if (!checked.ok || !zone.ok) return { ok: false, error: [...(checked.ok ? [] : checked.error), ...(zone.ok ? [] : zone.error)] };
  const decided = engine.safeDecide(checked.value);
  if (!decided.ok) return decided;
  return { ok: true, value: buildHandoff(checked.value, decided.value, zone.value, options.mcp === true) };
}
