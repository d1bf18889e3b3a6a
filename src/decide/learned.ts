/**
 * The learned signal in the decision. The rules keep the contract's precedence (automation,
 * compliance, then the work itself); for the code-versus-knowledge-work judgement the model's
 * logit is blended with the rule sides by weights fitted on held-out data, so it settles what
 * the vocabulary leaves silent or split, and it is overruled where the vocabulary is sure.
 * What it adds is a reason under a contract rule id whose evidence is the words that weighed most.
 */
import type { Product, RuleId } from '../core/ids.js';
import type { Evidence } from '../core/types.js';
import type { Blend, LearnedModel } from '../extract/learned/model.js';
import { calibrated } from '../extract/learned/model.js';
import { createScorer, spanLogit, topEvidence } from '../extract/learned/scorer.js';
import type { ScoredText, Scorer, Spellings } from '../extract/learned/scorer.js';
import type { Span } from '../extract/quotes.js';
import type { Finding } from './outcome.js';

/** What the rules say about the work, as the blend reads it. */
export interface RuleView {
  /** Strength of the code side (code and heavy-work words). */
  readonly code: number;
  /** Strength of the Cowork side. */
  readonly cowork: number;
  /** Whether the rules alone call it code or infrastructure work. */
  readonly codeWork: boolean;
  /** Strength of the words of operating a desktop by hand (the user's folders, an app, its settings, clicks). */
  readonly desktop: number;
}

/** A model with its scorer: one per engine. */
export interface LearnedSignal {
  readonly model: LearnedModel;
  readonly scorer: Scorer;
}

/** The blended judgement on a text or one piece of it. */
export interface WorkJudgement {
  /** Blended probability that it is code or infrastructure work. */
  readonly probability: number;
  /** The model's own logit for the span (code positive), before the blend. */
  readonly learned: number;
  readonly product: Product;
  /** Calibrated probability that `product` is right. */
  readonly confidence: number;
  /** The reason the learned side gives for `product`, with the words that weighed most. */
  readonly finding: Finding;
}

/** Logits beyond this say nothing more: one long text must not swamp the rules. */
const LEARNED_CLIP = 12;

/** @example createLearnedSignal(model).scorer.score('Deploy it') */
export function createLearnedSignal(model: LearnedModel): LearnedSignal {
  return { model, scorer: createScorer(model) };
}

/** Desktop words this strong (about one clear term: "File Explorer", "the Downloads folder", "night light") ... */
const DESKTOP_CLEAR = 1.0;
/** ... beside technical words weaker than one clear term ("directory", "zip", "settings" at most) mark a chore done by hand in a GUI. */
const CODE_CLEAR = 1.0;

/**
 * Whether the rules see a chore done by hand on a desktop and no technical term. Then neither
 * the model nor the faint technical words may lean the call to Code, only to Cowork: the model's
 * code words for files and folders come from shell tasks ("sort the files by date", "remove the
 * empty folders"), and "directory", "zip" or "permissions" are a file manager's words too. One
 * clear technical term ("VS Code", "recursively", "the current directory") gives both their say back.
 */
export function desktopChore(rules: RuleView): boolean {
  return rules.desktop >= DESKTOP_CLEAR && rules.code < CODE_CLEAR;
}

/**
 * The blend's logit (code positive) from the model's logit and the rule sides.
 * @example blendLogit(blend, 2.5, { code: 0, cowork: 0, codeWork: false, desktop: 0 })
 */
export function blendLogit(blend: Blend, learned: number, rules: RuleView): number {
  const chore = desktopChore(rules);
  const clipped = Math.max(-LEARNED_CLIP, Math.min(chore ? 0 : LEARNED_CLIP, learned));
  const code = chore ? 0 : Math.log1p(rules.code);
  return blend.bias + blend.learned * clipped + blend.code * code + blend.cowork * Math.log1p(rules.cowork) + blend.codeWork * (rules.codeWork ? 1 : 0);
}

/**
 * What the rules can say about any span of a text, read off the whole text's tally: a span holds
 * some of the text's signals, so each of its sides is at most the text's (when every signal
 * weighs more than nothing, a tally of fewer of them is never stronger), it can be code work
 * only if the text's code words reach one of code work's bars, and a desktop chore only if the
 * text's desktop words reach that bar.
 */
export interface RuleLimits {
  readonly code: number;
  readonly cowork: number;
  readonly codeWork: boolean;
  readonly desktop: number;
}

/**
 * The largest blend logit a span with model logit `learned` can have, whatever its rules within
 * `limits`: each term at its largest on its own, whatever the sign of its weight (a desktop chore
 * clips the model at 0 and silences the code side, which the code term's range holds).
 * @example blendCeiling(blend, -3, { code: 0, cowork: 0, codeWork: false, desktop: 0 }) < 0 // no span of it can lean Code
 */
export function blendCeiling(blend: Blend, learned: number, limits: RuleLimits): number {
  const clipped = blend.learned * Math.max(-LEARNED_CLIP, Math.min(LEARNED_CLIP, learned));
  const choreClipped = blend.learned * Math.max(-LEARNED_CLIP, Math.min(0, learned));
  const learnedTerm = limits.desktop >= DESKTOP_CLEAR ? Math.max(clipped, choreClipped) : clipped;
  const code = Math.max(0, blend.code * Math.log1p(limits.code));
  const cowork = Math.max(0, blend.cowork * Math.log1p(limits.cowork));
  return blend.bias + learnedTerm + code + cowork + (limits.codeWork ? Math.max(0, blend.codeWork) : 0);
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/**
 * The product of the work judgement: the blend's, however near even. The blend has already
 * weighed the rules (their sides and whether they call it code work); handing a near-even call
 * back to the rules counted them twice, and on held-out sources such calls were right less
 * than half the time, where the blend's own lean was right about 60% of the time.
 * @example workProduct(0.55) // 'code'
 */
export function workProduct(probability: number): Product {
  return probability >= 0.5 ? 'code' : 'cowork';
}

/**
 * Confidence in the contract's default product for a text of a few words the rules find nothing
 * in: the blend's chance for that product, through the mapping fitted on such held-out calls.
 * @example defaultConfidence(signal, judgement, 'cowork') // high when the model leans Cowork too
 */
export function defaultConfidence(signal: LearnedSignal, judgement: WorkJudgement, product: Product): number {
  return calibrated(signal.model.defaultCalibration, product === 'code' ? judgement.probability : 1 - judgement.probability);
}

/**
 * Scores a task once (with the rules' reading of it, when it has one, and without the words the
 * rules read in an everyday sense); judge the whole text or any span of it after.
 */
export function scoreTask(signal: LearnedSignal, text: string, spellings?: Spellings, everydaySenses?: readonly Span[]): ScoredText {
  return signal.scorer.score(text, spellings, everydaySenses);
}

/**
 * Judges the span [start, end) of a scored task.
 * @example judgeWork(signal, scored, view).product // 'code'
 */
export function judgeWork(signal: LearnedSignal, scored: ScoredText, rules: RuleView, span?: Evidence): WorkJudgement {
  const { model } = signal;
  const start = span?.start ?? 0;
  const end = span?.end ?? scored.text.length;
  const learned = spanLogit(model.bias, scored, start, end);
  const logit = blendLogit(model.blend, learned, rules);
  const probability = sigmoid(logit);
  const product = workProduct(probability);
  const sure = product === 'code' ? probability : 1 - probability;
  return new Judgement(probability, learned, product, calibrated(model.calibration, sure), Math.abs(logit), scored, start, end);
}

/**
 * A judgement whose reason is made on first read: most judgements (pieces above all) never
 * become a reason. The laziness sits here, not in the finding: a finding is then a plain object
 * of the one shape every rule's finding has, so the code that reads findings (merging, sorting,
 * rendering) sees one shape and never a getter that computes evidence.
 */
class Judgement implements WorkJudgement {
  #finding: Finding | undefined;

  constructor(
    readonly probability: number,
    readonly learned: number,
    readonly product: Product,
    readonly confidence: number,
    private readonly strength: number,
    private readonly scored: ScoredText,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get finding(): Finding {
    if (this.#finding === undefined) {
      const code = this.product === 'code';
      const rule: RuleId = code ? 'code.code-or-infra' : 'cowork.knowledge-work';
      this.#finding = { rule, strength: this.strength, evidence: topEvidence(this.scored, code ? 1 : -1, this.start, this.end), fromContext: false };
    }
    return this.#finding;
  }
}

/** Whether a rule is one of code work's (which a Cowork judgement overrules, and which asks for an engineering review). */
export const isCodeWorkRule = (rule: RuleId): boolean => rule === 'code.code-or-infra' || rule === 'code.unsandboxed-or-heavy';

/**
 * The fired rules after the judgement on the work: a code judgement keeps the rules' code
 * findings or adds the learned one; a Cowork judgement drops the code-work findings and adds
 * the learned knowledge-work reason when no rule gave one. Automation and compliance findings
 * are untouched: their precedence is the rules' alone.
 */
export function withJudgement(findings: readonly Finding[], judgement: WorkJudgement): Finding[] {
  const code = judgement.product === 'code';
  const kept: Finding[] = [];
  let reasoned = false;
  // One plain loop: it runs on every judged task and piece, and a spread, a filter and two
  // searches with closures gave V8 several times the code to compile for the same answer.
  for (let index = 0; index < findings.length; index += 1) {
    const finding = findings[index] as Finding;
    const codeWork = isCodeWorkRule(finding.rule);
    if (code ? codeWork : finding.rule === 'cowork.knowledge-work') reasoned = true;
    if (code || !codeWork) kept.push(finding);
  }
  // The learned reason is read in one place: each read inlines the making of its evidence.
  if (!reasoned) kept.push(judgement.finding);
  return kept;
}

/**
 * A piece of a compound task gets a product of its own only when the blend is clear about it.
 * @example pieceProduct(signal, judgement) // 'cowork' | 'code' | null
 */
export function pieceProduct(signal: LearnedSignal, judgement: WorkJudgement): Product | null {
  const margin = signal.model.pieceMargin;
  if (judgement.probability >= 0.5 + margin) return 'code';
  if (judgement.probability <= 0.5 - margin) return 'cowork';
  return null;
}
