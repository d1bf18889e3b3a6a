/**
 * The engine wired together: validate at the edge, extract signals, decide, put the decision into words.
 * Synchronous, with no clock and no environment; its one read is the shipped learned model, once,
 * on an engine's first decision (pass a model, or null, to skip it). An engine is built from its knowledge
 * pack and owns it; the module-level `decide`/`safeDecide` are those of a default engine built
 * once, on first use.
 */
import type { Decision, DecisionInput, InputIssue, Result } from './core/types.js';
import { decideSignals } from './decide/decide.js';
import { createLearnedSignal } from './decide/learned.js';
import type { LearnedSignal } from './decide/learned.js';
import { InputError } from './errors.js';
import { extractSignals } from './extract/extract.js';
import { GUIDE_KNOWLEDGE } from './knowledge/pack.js';
import type { KnowledgePack } from './knowledge/pack.js';
import type { LearnedModel } from './extract/learned/model.js';
import { loadLearnedModel } from './node/learned-model.js';
import { renderDecision } from './render/decision.js';
import { validateInput } from './schema/input.js';

export interface EngineOptions {
  /** The knowledge edition to decide with; the guide's own by default. */
  readonly knowledge?: KnowledgePack;
  /**
   * The learned second signal: by default the model shipped in `models/`, read once when the
   * engine first decides; `null` decides on the rules alone.
   */
  readonly learned?: LearnedModel | null;
}

/** Everything a front end needs: validate, decide, and the knowledge it decides with. */
export interface Engine {
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
  let learned: LearnedSignal | null | undefined = options.learned === null ? null : options.learned ? createLearnedSignal(options.learned) : undefined;
  // The shipped model is read on the first decision, not when the engine (or this module) loads.
  const learnedSignal = (): LearnedSignal | undefined => {
    if (learned === undefined) learned = createLearnedSignal(shippedModel());
    return learned ?? undefined;
  };
  const safeDecideWith = (raw: unknown): Result<Decision, readonly InputIssue[]> => {
    const checked = validateInput(raw);
    if (!checked.ok) return checked;
    const input = checked.value;
    const outcome = decideSignals(input, extractSignals(input.text), learnedSignal());
    return { ok: true, value: renderDecision(outcome, knowledge) };
  };
  return {
    knowledge,
    validate: validateInput,
    safeDecide: safeDecideWith,
    decide(raw) {
      const result = safeDecideWith(raw);
      if (!result.ok) throw new InputError(result.error);
      return result.value;
    },
  };
}

let defaultEngine: Engine | undefined;
let shipped: LearnedModel | undefined;

/** The model in `models/`, read on first need and shared by every engine that uses it. */
function shippedModel(): LearnedModel {
  shipped ??= loadLearnedModel();
  return shipped;
}

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
