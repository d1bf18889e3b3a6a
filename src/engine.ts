/**
 * The engine wired together: validate at the edge, extract signals, decide, put the decision
 * into words. Synchronous, with no clock and no environment; the one read is the shipped learned
 * model, once, on the first decision that needs it (give a model, or null, to skip it).
 *
 * An engine is an object built from its knowledge pack, its vocabulary and its thresholds, and
 * it owns all three: the vocabulary is compiled when the engine is built (never at import), the
 * pack is the engine's own frozen copy, and two engines share no mutable state. An input's
 * `policy.knowledge` picks another shipped edition; the engine then decides with a sibling built
 * on first use from the same vocabulary and thresholds. The module-level `decide`/`safeDecide`
 * are those of a default engine (the guide's edition), built once, on first use.
 */
import type { Edition } from './core/ids.js';
import { RULE_IDS } from './core/ids.js';
import { deepFreeze } from './core/freeze.js';
import type { Decision, DecisionInput, Evidence, InputIssue, Result } from './core/types.js';
import { decideSignals } from './decide/decide.js';
import { createLearnedSignal } from './decide/learned.js';
import type { LearnedSignal } from './decide/learned.js';
import { compileModel } from './decide/model.js';
import type { DecisionModel } from './decide/model.js';
import { DEFAULT_THRESHOLDS } from './decide/thresholds.js';
import type { Thresholds } from './decide/thresholds.js';
import { InputError, KnowledgePackError } from './errors.js';
import { createExtractor } from './extract/extract.js';
import type { Extraction, Extractor } from './extract/extract.js';
import type { LearnedModel } from './extract/learned/model.js';
import { loadLearnedModel } from './node/learned-model.js';
import { BUILT_IN_VOCABULARY } from './extract/vocabulary/index.js';
import { ORGANISATION_SOURCE, organisationEntries, wordProblem } from './extract/vocabulary/organisation.js';
import type { OrganisationVocabulary } from './extract/vocabulary/organisation.js';
import { knowledgeEdition } from './knowledge/editions/index.js';
import type { KnowledgePack } from './knowledge/pack.js';
import { createRenderer } from './render/decision.js';
import { validateInput } from './schema/input.js';
import { parseKnowledgePack } from './schema/knowledge.js';

export type { OrganisationVocabulary } from './extract/vocabulary/organisation.js';
export type { Thresholds } from './decide/thresholds.js';
import { withHandoff } from './handoff-methods.js';
import type { HandoffMethods } from './handoff-methods.js';

export interface EngineOptions {
  /** The knowledge to decide with: a shipped edition's name or a pack; the guide's edition by default. */
  readonly knowledge?: KnowledgePack | Edition;
  /** The organisation's own words per rule id, matched like the built-in phrases and named in reasons. */
  readonly vocabulary?: OrganisationVocabulary;
  /** Overrides of the decision thresholds (`DEFAULT_THRESHOLDS`). */
  readonly thresholds?: Partial<Thresholds>;
  /**
   * The learned second signal: by default the model shipped in `models/`, read once, on the
   * first decision of the first engine that needs it; `null` decides on the rules alone.
   */
  readonly learned?: LearnedModel | null;
}

/** Everything a front end needs: validate, decide, hand off, and the knowledge it decides with. */
export interface Engine extends HandoffMethods {
  /** The engine's own pack (frozen). */
  readonly knowledge: KnowledgePack;
  /** The thresholds it decides with (frozen). */
  readonly thresholds: Thresholds;
  /** Checks an unknown value against the input contract, with coded field-level issues. */
  validate(raw: unknown): Result<DecisionInput, readonly InputIssue[]>;
  /** Decides without throwing: field-level issues come back as data. */
  safeDecide(raw: unknown): Result<Decision, readonly InputIssue[]>;
  /** Decides, throwing `InputError` on bad input. */
  decide(raw: unknown): Decision;
  /** The same engine deciding with another shipped edition (itself when it already does). */
  forEdition(edition: Edition): Engine;
}

/**
 * Builds an engine. Throws `KnowledgePackError` for a pack that breaks the pack schema, and
 * `TypeError` for an unknown rule id, a word that is not plain words, or a threshold that is
 * not a number: these are a program's mistakes, not a user's input.
 * @example createEngine().decide({ text: 'Deploy the API to staging' }).surface // 'code'
 * @example createEngine({ knowledge: '2026-11' }).decide({ text: 'Every Monday, send the sales digest from HubSpot' }).surface // 'cowork'
 * @example createEngine({ vocabulary: { 'code.code-or-infra': ['Zephyr'] } }).decide({ text: 'Restart Zephyr' }).surface // 'code'
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const extractor = createExtractor(vocabularyOf(options.vocabulary));
  const thresholds = thresholdsOf(options.thresholds);
  const organisationWords = Object.values(options.vocabulary ?? {}).some((words) => (words ?? []).length > 0);
  const given = options.learned;
  let signal: LearnedSignal | undefined;
  // The shipped model is read on the first decision, not when the engine (or this module) loads.
  const learned = given === null ? () => undefined : () => (signal ??= createLearnedSignal(given ?? shippedModel()));
  return buildEngine(packOf(options.knowledge), { extractor, thresholds, organisationWords, learned, siblings: new Map() });
}

interface Shared {
  readonly extractor: Extractor;
  readonly thresholds: Thresholds;
  readonly organisationWords: boolean;
  /** The learned signal, built on first use; undefined when the engine decides on the rules alone. */
  readonly learned: () => LearnedSignal | undefined;
  /** This engine family's other editions, built on first use. */
  readonly siblings: Map<Edition, Engine>;
}

function buildEngine(knowledge: KnowledgePack, shared: Shared): Engine {
  const model: DecisionModel = compileModel(knowledge, shared.thresholds);
  const render = createRenderer(knowledge);
  const decideValid = (input: DecisionInput): Decision => {
    const extraction = shared.extractor.extract(input.text);
    const outcome = decideSignals(input, extraction, model, shared.learned());
    return render(outcome, shared.organisationWords ? organisationSpans(extraction) : undefined);
  };
  const core: Omit<Engine, keyof HandoffMethods> = {
    knowledge,
    thresholds: shared.thresholds,
    validate: validateInput,
    safeDecide(raw) {
      const checked = validateInput(raw);
      if (!checked.ok) return checked;
      const edition = checked.value.policy?.knowledge;
      const value = edition === undefined || edition === knowledge.edition ? decideValid(checked.value) : engine.forEdition(edition).decide(checked.value);
      return { ok: true, value };
    },
    decide(raw) {
      const result = engine.safeDecide(raw);
      if (!result.ok) throw new InputError(result.error);
      return result.value;
    },
    forEdition(edition) {
      if (edition === knowledge.edition) return engine;
      let sibling = shared.siblings.get(edition);
      if (!sibling) {
        sibling = buildEngine(knowledgeEdition(edition), shared);
        shared.siblings.set(edition, sibling);
      }
      return sibling;
    },
  };
  const engine: Engine = Object.freeze(withHandoff(core));
  if (!shared.siblings.has(knowledge.edition as Edition)) shared.siblings.set(knowledge.edition as Edition, engine);
  return engine;
}

function packOf(knowledge: KnowledgePack | Edition | undefined): KnowledgePack {
  const pack = typeof knowledge === 'string' ? knowledgeEdition(knowledge) : (knowledge ?? knowledgeEdition('guide'));
  if (pack === undefined) throw new TypeError(`unknown knowledge edition ${JSON.stringify(knowledge)}`);
  const parsed = parseKnowledgePack(pack);
  if (!parsed.ok) throw new KnowledgePackError(parsed.error);
  // The engine's own copy: nobody else can change what it decides with.
  return deepFreeze(structuredClone(parsed.value));
}

function vocabularyOf(vocabulary: OrganisationVocabulary | undefined) {
  if (vocabulary === undefined) return BUILT_IN_VOCABULARY;
  for (const [rule, words] of Object.entries(vocabulary)) {
    if (!(RULE_IDS as readonly string[]).includes(rule)) throw new TypeError(`vocabulary: unknown rule id ${rule}; rule ids: ${RULE_IDS.join(', ')}`);
    for (const word of words ?? []) {
      const problem = typeof word === 'string' ? wordProblem(word) : 'must be a string';
      if (problem) throw new TypeError(`vocabulary.${rule}: ${JSON.stringify(word)} ${problem}`);
    }
  }
  return [...BUILT_IN_VOCABULARY, ...organisationEntries(vocabulary)];
}

function thresholdsOf(overrides: Partial<Thresholds> | undefined): Thresholds {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...overrides };
  for (const [name, value] of Object.entries(thresholds)) {
    if (!Object.hasOwn(DEFAULT_THRESHOLDS, name)) throw new TypeError(`thresholds: unknown threshold ${name}`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`thresholds.${name}: must be a finite number`);
  }
  return Object.freeze(thresholds);
}

/** Evidence of organisation words, for reasons to name them. */
function organisationSpans(extraction: Extraction): Evidence[] {
  return extraction.signals.filter((signal) => signal.source.startsWith(ORGANISATION_SOURCE)).map((signal) => signal.evidence);
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

/** The default engine, or a new one when options are given (building one compiles a vocabulary: keep it). */
function engineFor(options: EngineOptions | undefined): Engine {
  return options && (options.knowledge !== undefined || options.vocabulary !== undefined || options.thresholds !== undefined || options.learned !== undefined)
    ? createEngine(options)
    : getDefaultEngine();
}

/**
 * Decides without throwing: field-level issues come back as data.
 * @example safeDecide({ text: 'Deploy the API to staging' }) // { ok: true, value: { surface: 'code', ... } }
 */
export function safeDecide(raw: unknown, options?: EngineOptions): Result<Decision, readonly InputIssue[]> {
  return engineFor(options).safeDecide(raw);
}

/**
 * Decides which product a task belongs in. Throws `InputError` (with field-level issues) on bad input.
 * @example decide({ text: 'Turn these notes into a slide deck' }).surface // 'cowork'
 * @example decide({ text: 'Every Monday, send the sales digest', policy: { knowledge: '2026-11' } }).knowledge.edition // '2026-11'
 */
export function decide(raw: unknown, options?: EngineOptions): Decision {
  return engineFor(options).decide(raw);
}
