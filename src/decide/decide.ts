/**
 * The decision: signals, context and policy in; surface, fired rules, caveats, questions and
 * parts out. The precedence is the knowledge pack's (compiled into a `DecisionModel`): the
 * first tier with a fired rule decides, and the product is the one that rule points to;
 * `both` for separable pieces. Which side a signal weighs on comes from the signal table.
 */
import type { CaveatId, Product, QuestionId, Regime, RuleId } from '../core/ids.js';
import type { DecisionInput, Evidence } from '../core/types.js';
import type { Extraction } from '../extract/extract.js';
import type { ScoredText } from '../extract/learned/scorer.js';
import { hasEvidence, spanLogit, topEvidence, wordCount } from '../extract/learned/scorer.js';
import type { Piece } from '../extract/segment.js';
import type { Signal } from '../extract/signal.js';
import { SIDE_KINDS } from '../extract/signal.js';
import type { Lift } from '../knowledge/rules.js';
import { confidenceOf } from './confidence.js';
import { blendCeiling, defaultConfidence, isCodeWorkRule, judgeWork, scoreTask, withJudgement } from './learned.js';
import type { LearnedSignal, RuleLimits, RuleView } from './learned.js';
import type { DecisionModel } from './model.js';
import type { Finding, Outcome, PieceOutcome } from './outcome.js';
import { mergeFindings, sortFindings, splitParts } from './pieces.js';
import type { PieceContext, PieceRules } from './pieces.js';
import type { Tally } from './tally.js';
import { ruleStrengths, strengthOf, tally, tallySpans } from './tally.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import type { Thresholds } from './thresholds.js';
import { packedMap } from '../core/arrays.js';

/** Certainty given to an explicit context answer. */
const STATED = 3;

interface Sides {
  readonly code: number;
  readonly cowork: number;
}

/** Removes the text signals a context answer overrides. */
function applyContextToSignals(signals: readonly Signal[], input: DecisionInput): readonly Signal[] {
  const context = input.context;
  if (context === undefined) return signals;
  return signals.filter((signal) => {
    switch (signal.kind) {
      case 'code':
        return context.involvesCode !== false;
      case 'automation':
      case 'recurrence':
        return context.scheduled === undefined;
      case 'regime':
      case 'audit':
      case 'sensitive-data':
        return context.compliance === undefined;
      case 'non-technical':
      case 'watch':
      case 'maybe-non-technical':
        return context.operator === undefined;
      case 'sandbox':
        return context.sandboxPreferred === undefined;
      default:
        return true;
    }
  });
}

const OFFICE_WORK = ['knowledge', 'deliverable', 'office'] as const;

function sidesOf(counts: Tally): Sides {
  return { code: strengthOf(counts, SIDE_KINDS.code), cowork: strengthOf(counts, SIDE_KINDS.cowork) };
}

/**
 * What the rules say about the work, for the learned blend.
 * @example ruleView(tally(createExtractor().extract('Deploy it').signals)).codeWork // true
 */
export function ruleView(counts: Tally, t: Thresholds = DEFAULT_THRESHOLDS, sides: Sides = sidesOf(counts)): RuleView {
  return { code: sides.code, cowork: sides.cowork, codeWork: isCodeWork(counts, t), desktop: counts.get('desktop')?.strength ?? 0 };
}

/** Whether the technical words are enough to call it code or infrastructure work. */
function isCodeWork(counts: Tally, t: Thresholds): boolean {
  const code = counts.get('code')?.strength ?? 0;
  const knowledge = strengthOf(counts, OFFICE_WORK);
  const heavy = counts.get('heavy')?.strength ?? 0;
  const outright = (counts.get('code')?.strongest ?? 0) >= t.outrightCode;
  return heavy >= t.heavy || outright || (code >= t.codeWork && code >= t.codeAgainstKnowledge * knowledge);
}

/** The rules the text fires, before precedence; context answers join as stated findings. */
function fireRules(counts: Tally, input: DecisionInput, t: Thresholds): Finding[] {
  const context = input.context ?? {};
  const strengths = ruleStrengths(counts);
  const found = new Map<RuleId, Finding>();
  const fromText = (rule: RuleId, minimum: number): void => {
    const entry = strengths.get(rule);
    if (entry && entry.strength >= minimum) found.set(rule, { rule, strength: entry.strength, evidence: entry.evidence, fromContext: false });
  };
  const stated = (rule: RuleId): void => {
    found.set(rule, { rule, strength: STATED, evidence: [], fromContext: true });
  };

  fromText('code.automation', t.automation);
  fromText('code.compliance', t.compliance);
  if (isCodeWork(counts, t)) {
    fromText('code.code-or-infra', 0);
    fromText('code.unsandboxed-or-heavy', t.heavy);
  }
  fromText('cowork.knowledge-work', t.knowledgeWork);
  fromText('cowork.office-and-connectors', 0);
  fromText('cowork.non-technical-operator', 0);
  fromText('cowork.sandboxed', 0);

  if (context.scheduled === true) stated('code.automation');
  if (context.compliance !== undefined && context.compliance.length > 0) stated('code.compliance');
  if (context.involvesCode === true) stated('code.code-or-infra');
  if (context.involvesCode === false) stated('cowork.knowledge-work');
  if (context.operator === 'non-technical') stated('cowork.non-technical-operator');
  if (context.sandboxPreferred === true) stated('cowork.sandboxed');
  return [...found.values()];
}

const has = (findings: readonly Finding[], rule: RuleId): boolean => findings.some((finding) => finding.rule === rule);

interface Route {
  readonly surface: Product;
  readonly decidedBy: RuleId | null;
}

/**
 * Which product wins, by the pack's precedence: the highest-ranked fired rule that is not
 * lifted decides (the strongest within a tier). A lifted rule ranked above it that points the
 * same way still decides: the answer is the same, and it is the reason.
 */
function route(findings: readonly Finding[], lifted: ReadonlySet<RuleId>, model: DecisionModel): Route {
  let winner: Finding | undefined;
  for (const finding of findings) {
    if (lifted.has(finding.rule)) continue;
    if (!winner || model.rank[finding.rule] < model.rank[winner.rule]) winner = finding;
  }
  if (!winner) return { surface: model.otherwise, decidedBy: null };
  const surface = model.pointsTo[winner.rule];
  let decider = winner;
  for (const finding of findings) {
    if (lifted.has(finding.rule) && model.pointsTo[finding.rule] === surface && model.rank[finding.rule] < model.rank[decider.rule]) decider = finding;
  }
  return { surface, decidedBy: decider.rule };
}

/** Whether the automation words name a clock schedule and no event trigger. */
function clockOnly(signals: readonly Signal[]): boolean {
  let clock = false;
  for (const signal of signals) {
    if (signal.trigger === 'event') return false;
    if (signal.trigger === 'clock') clock = true;
  }
  return clock;
}

function liftHolds(lift: Lift, input: DecisionInput, regimes: readonly Regime[], signals: readonly Signal[]): boolean {
  const policy = input.policy ?? {};
  if (lift.coworkGateway === true && policy.coworkGateway !== true) return false;
  if (lift.plans && (policy.plan === undefined || !lift.plans.includes(policy.plan))) return false;
  if (lift.unlessRegimes && regimes.some((regime) => lift.unlessRegimes?.includes(regime))) return false;
  if (lift.trigger === 'clock' && !clockOnly(signals)) return false;
  return true;
}

/** The fired rules that stop forcing their product, by the pack's conditions. */
function liftedRules(findings: readonly Finding[], model: DecisionModel, input: DecisionInput, regimes: readonly Regime[], signals: readonly Signal[]): ReadonlySet<RuleId> {
  const lifted = new Set<RuleId>();
  for (const { rule, when } of model.lifts) {
    if (has(findings, rule) && when.some((lift) => liftHolds(lift, input, regimes, signals))) lifted.add(rule);
  }
  return lifted;
}

function regimesOf(signals: readonly Signal[], input: DecisionInput): Regime[] {
  const declared = input.context?.compliance;
  if (declared !== undefined) return [...new Set(declared)];
  const regimes: Regime[] = [];
  for (const signal of signals) if (signal.regime && !regimes.includes(signal.regime)) regimes.push(signal.regime);
  return regimes;
}

function caveatsFor(surface: string, findings: readonly Finding[], parts: readonly PieceOutcome[], counts: Tally, regimes: readonly Regime[]): CaveatId[] {
  const caveats: CaveatId[] = [];
  const codeWork = findings.some((finding) => isCodeWorkRule(finding.rule)) || parts.some((part) => part.surface === 'code');
  if (codeWork && surface !== 'cowork') caveats.push('caveat.engineering-review');
  if (regimes.length > 0) caveats.push('caveat.regulated-workload');
  if (has(findings, 'code.compliance')) caveats.push('caveat.cowork-not-audited');
  if (has(findings, 'code.automation')) caveats.push('caveat.cowork-needs-human');
  if (counts.has('same-model')) caveats.push('caveat.same-model');
  if (counts.has('plans')) caveats.push('caveat.confirm-plans');
  return caveats;
}

function questionsFor(surface: string, findings: readonly Finding[], input: DecisionInput, counts: Tally, sides: Sides, t: Thresholds, judged: boolean): QuestionId[] {
  const context = input.context ?? {};
  const present = (kind: Signal['kind']): boolean => counts.has(kind);
  const questions: QuestionId[] = [];
  const gateway = input.policy?.coworkGateway === true;
  // Faint technical words that fired nothing still leave the question open (a learned judgement asks when it is torn instead).
  if (!judged && surface === 'cowork' && context.involvesCode === undefined && sides.cowork < t.anySignal) {
    questions.push('question.code-or-infra');
  }
  // Recurring work, or a wish for automation too faint to decide on, leaves the schedule open
  // (a schedule that fired and was lifted is settled: Cowork runs it as a scheduled task).
  if (surface === 'cowork' && context.scheduled === undefined && (present('recurrence') || present('automation')) && !has(findings, 'code.automation')) {
    questions.push('question.schedule');
  }
  if (surface === 'cowork' && !gateway && context.compliance === undefined && present('sensitive-data') && !has(findings, 'code.compliance')) {
    questions.push('question.compliance');
  }
  const mayBeNonTechnical = context.operator === 'non-technical' || present('maybe-non-technical') || present('non-technical');
  if (surface !== 'cowork' && has(findings, 'code.code-or-infra') && mayBeNonTechnical && !present('reviewer')) {
    questions.push('question.operator');
  }
  return questions;
}

/** Weight of the reason for a step that is Cowork only because nothing in it is technical: as faint as a reason gets. */
const PLAIN_STEP = 0.1;

/**
 * Why a step with nothing technical in it is Cowork: its words the model leans Cowork on, else
 * the step's own words (trimmed), so the part still points at what it covers.
 */
function plainStepFinding(scored: ScoredText, span: Evidence): Finding {
  const leaning = topEvidence(scored, -1, span.start, span.end);
  const start = span.start + (span.text.length - span.text.trimStart().length);
  const end = span.end - (span.text.length - span.text.trimEnd().length);
  const evidence = leaning.length > 0 ? leaning : [{ text: scored.text.slice(start, end), start, end }];
  return { rule: 'cowork.knowledge-work', strength: PLAIN_STEP, evidence, fromContext: false };
}

/**
 * What the rules can say about any span of the task (see `RuleLimits`), from the whole task's
 * tally; none when some signal weighs nothing or less, since then a span's tally may outweigh it.
 */
function ruleLimits(signals: readonly Signal[], counts: Tally, sides: Sides, t: Thresholds): RuleLimits | undefined {
  if (!signals.every((signal) => signal.weight > 0)) return undefined;
  const code = counts.get('code');
  // Code work's bars (`isCodeWork`), each on a strength a span can only fall short of.
  const codeWork = (counts.get('heavy')?.strength ?? 0) >= t.heavy || (code?.strongest ?? 0) >= t.outrightCode || (code?.strength ?? 0) >= t.codeWork;
  return { code: sides.code, cowork: sides.cowork, codeWork, desktop: counts.get('desktop')?.strength ?? 0 };
}

/** A blend this far below even still counts as even: its probability may round to one half. */
const EVEN_SLACK = 1e-6;

/**
 * The parts of a compound task, or none: each piece judged on its own words (its rules, and the
 * learned scores of its words from the one scoring of the whole text).
 */
function compoundParts(pieces: readonly Piece[], signals: readonly Signal[], input: DecisionInput, model: DecisionModel, whole: { counts: Tally; sides: Sides }, scoredTask?: { learned: LearnedSignal; scored: ScoredText }): PieceOutcome[] {
  const t = model.thresholds;
  if (pieces.length < 2 || pieces.length > t.maxSeparablePieces) return [];
  // Each piece's tally in one pass over the signals (a span that is no piece, tallied on its own),
  // made when a piece is first drafted: a task whose pieces cannot be Code is never drafted.
  let tallies: Tally[] | undefined;
  const rulesOf = (span: Evidence): PieceRules => {
    const at = pieces.indexOf(span as Piece);
    const counts = at >= 0 ? ((tallies ??= tallySpans(signals, pieces))[at] as Tally) : tally(signals, span);
    const sides = sidesOf(counts);
    const leanings = (): Finding[] => packedMap([...ruleStrengths(counts)], ([rule, entry]) => ({ rule, strength: entry.strength, evidence: entry.evidence, fromContext: false }));
    // A piece with no signal fires no rule (a rule needs a signal of its own; a piece has no context answers).
    let fired: readonly Finding[] | undefined;
    const findings = (): readonly Finding[] => (fired ??= counts.size === 0 ? NO_FINDINGS : fireRules(counts, { text: input.text }, t));
    return { counts, code: sides.code, cowork: sides.cowork, codeWork: isCodeWork(counts, t), desktop: counts.get('desktop')?.strength ?? 0, findings, leanings };
  };
  const pointsTo = (finding: Finding): Product => model.pointsTo[finding.rule];
  if (scoredTask === undefined) return splitParts(input.text, pieces, { text: input.text, thresholds: t, pointsTo, rulesOf, margin: 0, thin: () => false });
  const { learned, scored } = scoredTask;
  const limits = ruleLimits(signals, whole.counts, whole.sides, t);
  // A piece is Code by the rules' bar, or by a blend at or past even (`markedPiece`, `unmarkedPiece`).
  const codeByRules = limits !== undefined && limits.codeWork && limits.code >= t.pieceCode;
  const couldBeCode =
    limits === undefined || codeByRules
      ? undefined
      : (span: Evidence): boolean => blendCeiling(learned.model.blend, spanLogit(learned.model.bias, scored, span.start, span.end), limits) >= -EVEN_SLACK;
  const context: PieceContext = {
    text: input.text,
    thresholds: t,
    pointsTo,
    rulesOf,
    margin: learned.model.pieceMargin,
    // As for a whole task: a few words the rules find nothing in give the model nothing to go on.
    thin: (span, rules) => wordCount(scored, span.start, span.end) < t.learnedWords && rules.code < t.anySignal && rules.cowork < t.anySignal,
    // A piece's rules are a view of the rules the blend reads (their sides, whether code work, the desktop words).
    judge: (span, rules) => judgeWork(learned, scored, rules, span),
    plainStep: (span) => plainStepFinding(scored, span),
    couldBeCode,
  };
  return splitParts(input.text, pieces, context);
}

/**
 * Decides from extracted signals with a compiled model. Pure: the same input always gives the
 * same outcome. With a learned signal, the model's judgement (blended with the rule sides)
 * settles code versus knowledge work and the confidence of that call; precedence stays the pack's.
 * @example decideSignals({ text }, extractor.extract(text), compileModel(pack, DEFAULT_THRESHOLDS)).surface // 'code'
 */
export function decideSignals(input: DecisionInput, extraction: Extraction, model: DecisionModel, learned?: LearnedSignal): Outcome {
  const t = model.thresholds;
  const signals = applyContextToSignals(extraction.signals, input);
  const counts = tally(signals);
  const sides = sidesOf(counts);
  const read = extraction.read !== undefined && extraction.read.text === input.text ? extraction.read : undefined;
  const scored = learned && input.context?.involvesCode === undefined ? scoreTask(learned, input.text, read, extraction.everydaySenses) : undefined;
  const silent = sides.code < t.anySignal && sides.cowork < t.anySignal;
  // A few words the rules find nothing in ("Can you take care of this?") name no work: the
  // contract's default product stands and the question is asked, but where the model knows
  // some of the words, how likely the default is right comes from the model (held-out fitted).
  const fewWords = scored !== undefined && silent && scored.count < t.learnedWords;
  const judgement = learned && scored && !(silent && !hasEvidence(scored)) ? judgeWork(learned, scored, ruleView(counts, t, sides)) : undefined;
  const work = fewWords ? undefined : judgement;
  const fired = sortFindings(work ? withJudgement(fireRules(counts, input, t), work) : fireRules(counts, input, t));
  const regimes = regimesOf(signals, input);
  const lifted = model.lifts.length > 0 ? liftedRules(fired, model, input, regimes, signals) : NONE_LIFTED;
  const routed = route(fired, lifted, model);
  const wholeTaskRules = has(fired, 'code.automation') || has(fired, 'code.compliance') || input.context?.involvesCode !== undefined;
  // A split needs a piece of code work and a piece with a deliverable: skip the search otherwise.
  const splittable = !wholeTaskRules && ((learned !== undefined && work !== undefined) || (counts.has('code') && counts.has('deliverable')));
  // Only a task of a few pieces splits: one with surely more is not segmented, and the search for them stops past that many.
  const fewPieces = splittable && extraction.morePiecesThan?.(t.maxSeparablePieces) !== true;
  const parts = fewPieces ? compoundParts(extraction.pieces(t.maxSeparablePieces), signals, input, model, { counts, sides }, learned && scored && work ? { learned, scored } : undefined) : [];
  const surface = parts.length > 0 ? 'both' : routed.surface;
  // A split task's reasons are its parts' reasons; otherwise the rules pointing to the answer,
  // and any lifted rule (it is why the answer comes with caveats).
  const findings =
    surface === 'both'
      ? sortFindings(parts.reduce<Finding[]>((all, part) => mergeFindings(all, part.findings), []))
      : fired.filter((finding) => model.pointsTo[finding.rule] === routed.surface || lifted.has(finding.rule));
  const plan = input.policy?.plan;
  const planGap = has(findings, 'code.compliance') && plan !== undefined && plan !== 'enterprise' ? plan : undefined;
  const questions = questionsFor(surface, findings, input, counts, sides, t, work !== undefined);
  const ruled = confidenceOf({
    surface,
    decidedBy: routed.decidedBy,
    findings: fired,
    sides,
    partSides: packedMap(parts, (part) => sidesOf(tally(signals, part.span))),
    asked: questions.length > 0,
  });
  // The learned judgement's calibrated confidence stands for the work call; automation, compliance and context keep theirs.
  const judgedWork = work !== undefined && surface !== 'both' && routed.decidedBy !== 'code.automation' && routed.decidedBy !== 'code.compliance';
  // Other open questions (who does the work, a regime, a schedule) do not cap it: the mapping was
  // fitted on held-out calls that asked them too, so it already speaks for how often those are right.
  // The default product on a few words the model knows: its confidence is the model's, not the no-signal guess.
  const byDefault = learned && judgement && fewWords && routed.decidedBy === null && surface !== 'both' ? defaultConfidence(learned, judgement, surface) : undefined;
  const fitted = judgedWork ? work.confidence : byDefault;
  const confidence = fitted !== undefined ? Math.round(Math.max(0.05, Math.min(0.99, fitted)) * 100) / 100 : ruled;
  if (judgedWork && learned && work.confidence < learned.model.askBelow && !questions.includes('question.code-or-infra')) {
    questions.push('question.code-or-infra');
  }
  return {
    surface,
    confidence,
    findings,
    caveats: caveatsFor(surface, findings, parts, counts, regimes),
    questions,
    parts,
    regimes,
    ...(planGap ? { planGap } : {}),
    ...(input.policy?.coworkGateway === true ? { coworkGateway: true as const } : {}),
  };
}

const NONE_LIFTED: ReadonlySet<RuleId> = new Set();
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
