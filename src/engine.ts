/**
 * The engine wired together: validate at the edge, extract signals, decide, put the decision into words.
 * Pure and synchronous: no I/O, no clock, no environment.
 */
import type { Decision, InputIssue, Result } from './core/types.js';
import { decideSignals } from './decide/decide.js';
import { InputError } from './errors.js';
import { extractSignals } from './extract/extract.js';
import { GUIDE_KNOWLEDGE } from './knowledge/pack.js';
import type { KnowledgePack } from './knowledge/pack.js';
import { renderDecision } from './render/decision.js';
import { validateInput } from './schema/input.js';

export interface DecideOptions {
  /** The knowledge edition to decide with; the guide's own by default. */
  readonly knowledge?: KnowledgePack;
}

/**
 * Decides without throwing: field-level issues come back as data.
 * @example safeDecide({ text: 'Deploy the API to staging' }) // { ok: true, value: { surface: 'code', ... } }
 */
export function safeDecide(raw: unknown, options: DecideOptions = {}): Result<Decision, readonly InputIssue[]> {
  const checked = validateInput(raw);
  if (!checked.ok) return checked;
  const knowledge = options.knowledge ?? GUIDE_KNOWLEDGE;
  const input = checked.value;
  const outcome = decideSignals(input, extractSignals(input.text));
  return { ok: true, value: renderDecision(outcome, knowledge) };
}

/**
 * Decides which product a task belongs in. Throws `InputError` (with field-level issues) on bad input.
 * @example decide({ text: 'Turn these notes into a slide deck' }).surface // 'cowork'
 */
export function decide(raw: unknown, options: DecideOptions = {}): Decision {
  const result = safeDecide(raw, options);
  if (!result.ok) throw new InputError(result.error);
  return result.value;
}
