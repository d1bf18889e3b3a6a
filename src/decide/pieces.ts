/**
 * Compound tasks: each separable piece of a task is routed on its own words, and neighbouring
 * pieces of one product merge into a part. Two bars: a piece the writer marked as a step of its
 * own ("then", "after that", a semicolon, a list item) is routed as it would be as a task on
 * its own; a piece split off only at a sentence break needs clear words of its kind, since such
 * sentences usually go on about the same work ("The CSV file is in /app.").
 */
import type { Product } from '../core/ids.js';
import type { Evidence } from '../core/types.js';
import type { Piece } from '../extract/segment.js';
import { isSpace } from '../extract/chars.js';
import { marksStep } from '../extract/segment.js';
import type { WorkJudgement } from './learned.js';
import { withJudgement } from './learned.js';
import type { Finding, PieceOutcome } from './outcome.js';
import type { Tally } from './tally.js';
import { strengthOf } from './tally.js';
import type { Thresholds } from './thresholds.js';
import { packedMap } from '../core/arrays.js';

/** What the rules say about one piece's own words. */
export interface PieceRules {
  readonly counts: Tally;
  /** Strength of the code side and of the Cowork side. */
  readonly code: number;
  readonly cowork: number;
  /** Whether the rules alone call the piece code or infrastructure work. */
  readonly codeWork: boolean;
  /** Strength of the desktop words (folders, apps, settings, clicks) among them. */
  readonly desktop: number;
  /** The rules the piece's words fire, before any learned judgement (worked out when asked: most pieces never need their reasons). */
  readonly findings: () => readonly Finding[];
  /** Every rule the piece's words support, however weakly, with their evidence (worked out when asked). */
  readonly leanings: () => readonly Finding[];
}

/** How a piece got its product (or why it got none). */
export type PieceBasis = 'rules' | 'learned' | 'no-code' | 'not-a-step' | 'unclear';

export interface PieceVerdict {
  readonly span: Piece;
  /** Whether the writer marked it as a step of its own. */
  readonly marked: boolean;
  readonly surface: Product | null;
  readonly basis: PieceBasis;
  /** The reasons for `surface`; empty when it has none. */
  readonly findings: readonly Finding[];
}

/** What routing the pieces needs from the decision: the rules on a span, and the learned judgement. */
export interface PieceContext {
  readonly text: string;
  readonly thresholds: Thresholds;
  readonly pointsTo: (finding: Finding) => Product;
  readonly rulesOf: (span: Evidence) => PieceRules;
  /** The learned judgement on a span; absent when the engine decides on the rules alone. */
  readonly judge?: (span: Evidence, rules: PieceRules) => WorkJudgement;
  /** Whether a span has too few words, and too few the rules know, for the learned judgement to count. */
  readonly thin: (span: Evidence, rules: PieceRules) => boolean;
  /** How far from even the blend must be for a piece to get a product from it (the model's). */
  readonly margin: number;
  /**
   * Whether a span could be Code, however its own rules come out (the whole task's rules bound
   * them): a task none of whose pieces could is not drafted. Absent: any piece could.
   */
  readonly couldBeCode?: ((span: Evidence) => boolean) | undefined;
  /**
   * The reason a step with nothing technical in it is Cowork when no rule or clear judgement gives
   * one (the contract's "otherwise Cowork"): its words that lean Cowork, else the step itself.
   */
  readonly plainStep?: (span: Evidence) => Finding;
}

/**
 * A piece that is no step of work of its own: it cancels something ("No slides needed", "Don't
 * email them yet"), or it goes on about what came before ("it takes 40 minutes", "see line 88").
 */
const NOT_A_STEP = /^(?:no|not|never|without|don[’']?t|do not|doesn[’']?t|skip|it|it[’']s|this|that|these|those|there|its|see)\b/i;
/** A short piece ending on a word that points back ("find out why", "fix it", "roll it back") is part of the step before. */
const POINTS_BACK = /^\S+(?:\s+\S+){0,3}\s+(?:it|why|this|that|them)(?:\s+(?:back|up|out|down|off|over|again|now))?$/i;
/** The words POINTS_BACK can end on: a piece whose last word is none of them is not tried. */
const POINTS_BACK_LAST = new Set(['it', 'why', 'this', 'that', 'them', 'back', 'up', 'out', 'down', 'off', 'over', 'again', 'now']);

/** Whether a piece points back to the step before (POINTS_BACK), its last word looked at first. */
function pointsBack(text: string): boolean {
  let start = text.length;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return POINTS_BACK_LAST.has(text.slice(start).toLowerCase()) && POINTS_BACK.test(text);
}

const OFFICE_WORK = ['knowledge', 'deliverable', 'office'] as const;
const ABOUT_THE_PERSON = ['non-technical', 'maybe-non-technical', 'reviewer', 'watch', 'diagnostic'] as const;

/** A remark about the person or the trouble ("I'm not a developer"), with no office work in it. */
function isRemark(counts: Tally): boolean {
  return strengthOf(counts, OFFICE_WORK) === 0 && ABOUT_THE_PERSON.some((kind) => counts.has(kind));
}

/**
 * A piece's product as its words give it, with its reasons still to gather. Gathering them can
 * only take the product away (a part must say why), so a task whose drafts are not both Code
 * and Cowork cannot split, and none of its pieces needs its reasons.
 */
interface Draft {
  readonly span: Piece;
  readonly marked: boolean;
  readonly surface: Product | null;
  readonly basis: PieceBasis;
  readonly reasons: () => readonly Finding[];
}

const NO_REASONS = (): readonly Finding[] => [];

function draft(span: Piece, marked: boolean, surface: Product | null, basis: PieceBasis, reasons: () => readonly Finding[]): Draft {
  return { span, marked, surface, basis, reasons };
}

/** No product: nothing to gather. */
const unclear = (span: Piece, marked: boolean): Draft => draft(span, marked, null, 'unclear', NO_REASONS);

/** The verdict on a draft: its reasons for its product, or no product when it has none. */
function settle({ span, marked, surface, basis, reasons }: Draft, context: PieceContext): PieceVerdict {
  const own = surface ? reasons().filter((finding) => context.pointsTo(finding) === surface) : [];
  // A part must say why: a product with no reason of its own is no product.
  if (surface && own.length === 0) return { span, marked, surface: null, basis: 'unclear', findings: [] };
  return { span, marked, surface, basis: surface ? basis : basis === 'not-a-step' ? basis : 'unclear', findings: own };
}

/** The rules alone: clear technical words, or clear office work with a thing to hand over. */
function byRules(rules: PieceRules, t: Thresholds): Product | null {
  if (rules.codeWork && rules.code >= t.pieceCode) return 'code';
  if (rules.cowork >= t.pieceKnowledge && rules.code < t.pieceStrayCode && rules.counts.has('deliverable')) return 'cowork';
  return null;
}

/** The blend's product when it is clear by the margin, else null. */
function clearProduct(judgement: WorkJudgement, margin: number): Product | null {
  if (judgement.probability >= 0.5 + margin) return 'code';
  if (judgement.probability <= 0.5 - margin) return 'cowork';
  return null;
}

/**
 * A piece split off at a sentence break: the rules first; where they leave it open, the learned
 * judgement if it is clear, a Cowork piece has office words and next to no technical ones and the
 * model itself leans Cowork, and a Code piece has technical words or a very clear blend.
 */
function unmarkedPiece(span: Piece, rules: PieceRules, context: PieceContext, judge: NonNullable<PieceContext['judge']>): Draft {
  const t = context.thresholds;
  const ruled = byRules(rules, t);
  if (ruled) return draft(span, false, ruled, 'rules', rules.findings);
  if (context.thin(span, rules)) return unclear(span, false);
  const judgement = judge(span, rules);
  const product = clearProduct(judgement, context.margin);
  if (!product) return unclear(span, false);
  const fits =
    product === 'cowork'
      ? !isRemark(rules.counts) && rules.code < t.pieceStrayCode && judgement.learned < 0 && strengthOf(rules.counts, OFFICE_WORK) > 0
      : rules.code > 0 || judgement.probability >= t.pieceClearCode;
  return fits ? draft(span, false, product, 'learned', () => withJudgement(rules.findings(), judgement)) : unclear(span, false);
}

/**
 * Why a step with no technical word is Cowork: the rules' knowledge-work findings, else its
 * office words however weak, else the model's words if it leans Cowork, else (when `plain`: a
 * step of a few words, or one the model's own words lean Cowork on) the step's plain words.
 */
function coworkReasons(span: Piece, rules: PieceRules, judgement: WorkJudgement | undefined, plain: boolean, context: PieceContext): readonly Finding[] {
  const toCowork = (findings: readonly Finding[]): readonly Finding[] => findings.filter((finding) => context.pointsTo(finding) === 'cowork');
  const fired = toCowork(rules.findings());
  if (fired.length > 0) return judgement ? withJudgement(rules.findings(), judgement) : fired;
  const leanings = toCowork(rules.leanings());
  if (leanings.length > 0) return leanings;
  if (judgement) return [judgement.finding];
  return plain && context.plainStep ? [context.plainStep(span)] : [];
}

/**
 * A piece marked as a step of its own, routed as it would be on its own: by the blend when it is
 * clear; when it is torn, Code if the rules call it code work or the blend leans Code (alone, a
 * near-even blend keeps its lean, so the step keeps it too), else Cowork when it has next to no
 * technical word (the contract's "otherwise Cowork"). A step of a few words ("check my list") is
 * the rules' to call: Code on clear technical words, Cowork when it has not one, for the office
 * words it has.
 */
function markedPiece(span: Piece, rules: PieceRules, context: PieceContext, judge: NonNullable<PieceContext['judge']>): Draft {
  const t = context.thresholds;
  const codeByRules = rules.codeWork && rules.code >= t.pieceCode;
  const judgement = judge(span, rules);
  if (context.thin(span, rules)) {
    if (codeByRules) return draft(span, true, 'code', 'rules', rules.findings);
    if (rules.code > 0 || isRemark(rules.counts)) return unclear(span, true);
    return draft(span, true, 'cowork', 'no-code', () => coworkReasons(span, rules, clearProduct(judgement, context.margin) === 'cowork' ? judgement : undefined, true, context));
  }
  const clear = clearProduct(judgement, context.margin);
  if (clear === 'cowork' && isRemark(rules.counts)) return unclear(span, true);
  if (clear) return draft(span, true, clear, 'learned', () => withJudgement(rules.findings(), judgement));
  if (codeByRules) return draft(span, true, 'code', 'rules', () => withJudgement(rules.findings(), judgement));
  // Leaning Code: Code, as the same words alone would go. Held out, also asking for a technical
  // word left 4 in 300 compound tasks unsplit and kept 3 in 5,081 single tasks whole.
  if (judgement.product === 'code') return draft(span, true, 'code', 'learned', () => withJudgement(rules.findings(), judgement));
  if (rules.code < t.pieceStrayCode && !isRemark(rules.counts)) {
    return draft(span, true, 'cowork', 'no-code', () => coworkReasons(span, rules, judgement.product === 'cowork' ? judgement : undefined, judgement.learned < 0, context));
  }
  return unclear(span, true);
}

/** Drafts each piece's product on its own words. */
function draftPieces(pieces: readonly Piece[], context: PieceContext): Draft[] {
  const t = context.thresholds;
  const { judge } = context;
  return packedMap(pieces, (span, index) => {
    const next = pieces[index + 1];
    const marked = marksStep(span.joint) || (next !== undefined && marksStep(next.joint));
    // A step of its own: not a question, not a cancelled step, not a remark on what came before.
    if (judge && (context.text.charAt(span.end) === '?' || NOT_A_STEP.test(span.text) || pointsBack(span.text))) {
      return draft(span, marked, null, 'not-a-step', NO_REASONS);
    }
    const rules = context.rulesOf(span);
    if (!judge) return draft(span, marked, byRules(rules, t), 'rules', rules.findings);
    return marked ? markedPiece(span, rules, context, judge) : unmarkedPiece(span, rules, context, judge);
  });
}

/**
 * Routes each piece on its own.
 * @example judgePieces(segment(text), context).map((piece) => piece.surface) // ['code', 'cowork']
 */
export function judgePieces(pieces: readonly Piece[], context: PieceContext): PieceVerdict[] {
  return packedMap(draftPieces(pieces, context), (piece) => settle(piece, context));
}

/**
 * The parts of a compound task (see `partsOf`), the reasons gathered only when the pieces' own
 * words make some piece Code and some Cowork: otherwise it cannot split. Nor can it when no piece
 * could be Code (`couldBeCode`), and then no piece is drafted at all.
 * @example splitParts(text, segment(text), context) // [] for a task of one kind of work
 */
export function splitParts(text: string, pieces: readonly Piece[], context: PieceContext): PieceOutcome[] {
  if (context.couldBeCode !== undefined && !pieces.some(context.couldBeCode)) return [];
  const drafts = draftPieces(pieces, context);
  if (!anyWith(drafts, 'code') || !anyWith(drafts, 'cowork')) return [];
  return partsOf(text, packedMap(drafts, (piece) => settle(piece, context)));
}

/**
 * Adds up the findings of two neighbouring pieces, one entry per rule, in the order the rules
 * first appear. A list, not a map: a part has a few rules at most, and a map's code is many
 * times larger for V8 to compile on every caller it is inlined into.
 */
export function mergeFindings(left: readonly Finding[], right: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  for (const finding of left) addFinding(merged, finding);
  for (const finding of right) addFinding(merged, finding);
  return merged;
}

/** Adds a finding to its rule's entry: a plain object, not a spread copy, which would take the shape of whatever it copies (a learned finding's too). */
function addFinding(merged: Finding[], finding: Finding): void {
  for (let index = 0; index < merged.length; index += 1) {
    const seen = merged[index] as Finding;
    if (seen.rule !== finding.rule) continue;
    merged[index] = { rule: seen.rule, strength: seen.strength + finding.strength, evidence: seen.evidence.concat(finding.evidence), fromContext: seen.fromContext };
    return;
  }
  merged.push(finding);
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => b.strength - a.strength);
}

/** Whether some piece has `product`: a loop, not `some` with a closure, in the code every split candidate runs. */
function anyWith(pieces: readonly { readonly surface: Product | null }[], product: Product): boolean {
  for (let index = 0; index < pieces.length; index += 1) if ((pieces[index] as { surface: Product | null }).surface === product) return true;
  return false;
}

/** A part being gathered: its offsets, product and reasons so far. */
interface OpenPart {
  readonly start: number;
  end: number;
  readonly surface: Product;
  findings: readonly Finding[];
}

/**
 * The parts of a compound task: empty unless some piece is Code and some Cowork. Pieces with no
 * product join the part before them (or the first part); neighbours of one product merge. A
 * part keeps offsets while it grows and takes its text once, at the end.
 */
export function partsOf(text: string, verdicts: readonly PieceVerdict[]): PieceOutcome[] {
  if (!anyWith(verdicts, 'code') || !anyWith(verdicts, 'cowork')) return [];
  const parts: OpenPart[] = [];
  let last: OpenPart | undefined;
  for (let index = 0; index < verdicts.length; index += 1) {
    const piece = verdicts[index] as PieceVerdict;
    if (piece.surface === null) {
      if (last !== undefined) last.end = piece.span.end;
    } else if (last !== undefined && last.surface === piece.surface) {
      last.end = piece.span.end;
      last.findings = mergeFindings(last.findings, piece.findings);
    } else {
      last = { start: piece.span.start, end: piece.span.end, surface: piece.surface, findings: piece.findings };
      parts.push(last);
    }
  }
  const outcomes: PieceOutcome[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] as OpenPart;
    // Pieces with no product before the first part join it.
    const start = index === 0 ? (verdicts[0] as PieceVerdict).span.start : part.start;
    outcomes.push({ span: { text: text.slice(start, part.end), start, end: part.end }, surface: part.surface, findings: sortFindings(part.findings) });
  }
  return outcomes;
}
