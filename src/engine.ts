/**
 * The engine wired together: validate at the edge, extract signals, decide, put the decision into words.
 * Pure and synchronous: no I/O, no clock, no environment. An engine is built from its knowledge
 * pack and owns it; the module-level `decide`/`safeDecide` are those of a default engine built
 * once, on first use.
 */
import type { Decision, DecisionInput, InputIssue, Result } from './core/types.js';
import { decideSignals } from './decide/decide.js';
import { createLearnedSignal } from './decide/learned.js';
import { InputError } from './errors.js';
import { extractSignals } from './extract/extract.js';
import { GUIDE_KNOWLEDGE } from './knowledge/pack.js';
import type { KnowledgePack } from './knowledge/pack.js';
import type { LearnedModel } from './extract/learned/model.js';
import { renderDecision } from './render/decision.js';
import { validateInput } from './schema/input.js';
import { withHandoff } from './handoff-methods.js';
import type { HandoffMethods } from './handoff-methods.js';

export interface EngineOptions {
  /** The knowledge edition to decide with; the guide's own by default. */
  readonly knowledge?: KnowledgePack;
  /**
   * The learned second signal (read with `loadLearnedModel`); without it the engine decides on
   * the rules alone.
   */
  readonly learned?: LearnedModel;
}

/** Everything a front end needs: validate, decide, hand off, and the knowledge it decides with. */
export interface Engine extends HandoffMethods {
  readonly knowledge: KnowledgePack;
  /** Checks an unknown value against the input contract, with coded field-level issues. */
  validate(raw: unknown): Result<DecisionInput, readonly InputIssue[]>;
  /** Decides without throwing: field-level issues come back as data. */
  safeDecide(raw: unknown): Result<Decision, readonly InputIssue[]>;
  /** Decides, throwing `InputError` on bad input. */
  decide(raw: unknown): Decision;
}

/**
 * Builds an engine from a knowledge pack.
 * @example createEngine().decide({ text: 'Deploy the API to staging' }).surface // 'code'
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const knowledge = options.knowledge ?? GUIDE_KNOWLEDGE;
  const learned = options.learned ? createLearnedSignal(options.learned) : undefined;
  const safeDecideWith = (raw: unknown): Result<Decision, readonly InputIssue[]> => {
    const checked = validateInput(raw);
    if (!checked.ok) return checked;
    const input = checked.value;
    const outcome = decideSignals(input, extractSignals(input.text), learned);
    return { ok: true, value: renderDecision(outcome, knowledge) };
  };
  return withHandoff({
    knowledge,
    validate: validateInput,
    safeDecide: safeDecideWith,
    decide(raw: unknown) {
      const result = safeDecideWith(raw);
      if (!result.ok) throw new InputError(result.error);
      return result.value;
    },
  });
}

let defaultEngine: Engine | undefined;

/** The engine the module-level functions use: the guide's edition, built on first use. */
function getDefaultEngine(): Engine {
  defaultEngine ??= createEngine();
  return defaultEngine;
}

/** @deprecated Pass options to `createEngine` instead; kept so existing callers keep working. */
export type DecideOptions = EngineOptions;

/**
 * Decides without throwing: field-level issues come back as data.
 * @example safeDecide({ text: 'Deploy the API to staging' }) // { ok: true, value: { surface: 'code', ... } }
 */
export function safeDecide(raw: unknown, options?: EngineOptions): Result<Decision, readonly InputIssue[]> {
  return (options?.knowledge ? createEngine(options) : getDefaultEngine()).safeDecide(raw);
}

/**
 * Decides which product a task belongs in. Throws `InputError` (with field-level issues) on bad input.
 * @example decide({ text: 'Turn these notes into a slide deck' }).surface // 'cowork'
 */
export function decide(raw: unknown, options?: EngineOptions): Decision {
  return (options?.knowledge ? createEngine(options) : getDefaultEngine()).decide(raw);
}
