/**
 * Text in, signals out: every vocabulary phrase and word-class detector that fires, with the
 * exact span that fired it, after masks, negation, diagnostic framing and manual runs are applied.
 */
import type { Evidence } from '../core/types.js';
import { DETECTORS } from './detectors.js';
import { compileLexicon, matchLexicon } from './lexicon.js';
import type { LexiconMatch, VocabularyEntry } from './lexicon.js';
import { negatedTokens } from './negation.js';
import { inOriginal, normalisedView } from './normalise.js';
import type { NormalisedView } from './normalise.js';
import type { Span } from './quotes.js';
import { QUOTED_WEIGHT, quotedSpans } from './quotes.js';
import { segment, surelyMorePieces } from './segment.js';
import type { Piece } from './segment.js';
import { countAtOrBefore } from './sorted.js';
import { applySubjectFraming } from './subject.js';
import { isShouting, marksOf } from './shape.js';
import type { Signal, SignalKind } from './signal.js';
import type { Token } from './tokenize.js';
import { firstTokenEndingAfter, tokenize } from './tokenize.js';
import { BUILT_IN_VOCABULARY } from './vocabulary/index.js';
import { createWordTable } from './word-ids.js';
import type { WordTable } from './word-ids.js';

export interface Extraction {
  readonly signals: readonly Signal[];
  /**
   * Separable pieces of work, in order; one piece when the task does not split. Computed on
   * first use: most tasks never need them. With `limit`, a task of more pieces than that gives
   * only the first `limit + 1` (the search stops there).
   */
  readonly pieces: (limit?: number) => readonly Piece[];
  /**
   * Whether the task surely has more than `limit` pieces, told without segmenting it (see
   * `surelyMorePieces`); false when it may have fewer. Absent: no quick answer, segment.
   */
  readonly morePiecesThan?: (limit: number) => boolean;
  /**
   * The tokens, the text their offsets index and the word table that numbered their spellings,
   * when that text is the one given (not its normalised view): the learned scorer reads its
   * words' spellings from them instead of hashing each word again.
   */
  readonly read?: { readonly text: string; readonly tokens: readonly Token[]; readonly table: WordTable };
  /**
   * Where technical words are used in an everyday sense (the code masks: "zip code", "the bus
   * terminal", "a podcast script"), by start: the learned scorer leaves their words out, as the
   * rules do, so a model that learned "code" and "terminal" from programming texts does not
   * read them there.
   */
  readonly everydaySenses: readonly Span[];
}

const NO_SPANS: readonly Span[] = [];

/** The code masks among the mask spans, by start (empty, and shared, when there are none). */
function everydaySensesOf(masks: readonly Mask[]): readonly Span[] {
  let spans: Span[] | undefined;
  for (const mask of masks) if (mask.kind === 'code') (spans ??= []).push({ start: mask.start, end: mask.end });
  return spans === undefined ? NO_SPANS : spans.sort((a, b) => a.start - b.start);
}

/** Kinds a negation cue can cancel; operator phrases carry their own "not". */
const NEGATABLE = new Set<SignalKind>(['code', 'heavy', 'automation', 'regime', 'audit', 'knowledge', 'office', 'desktop', 'sandbox', 'recurrence', 'sensitive-data']);

interface Mask {
  readonly kind: SignalKind;
  readonly start: number;
  readonly end: number;
}

function spanOf(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end };
}

function fromLexicon(
  text: string,
  tokens: readonly Token[],
  matches: readonly LexiconMatch[],
  negated: readonly boolean[],
  quoted: readonly Span[],
) {
  const signals: Signal[] = [];
  const maskSpans: Mask[] = [];
  for (const { entry, source, from, to } of matches) {
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    if (entry.kind === 'mask') {
      if (entry.masks) maskSpans.push({ kind: entry.masks, start, end });
      continue;
    }
    if (NEGATABLE.has(entry.kind) && negated[from]) continue;
    const evidence = spanOf(text, start, end);
    // A folder or app named in quotes ("the 'Downloads' folder") is still that folder or app.
    const inQuotes = quoted.length > 0 && entry.kind !== 'desktop' && insideSorted(evidence, quoted);
    const weight = inQuotes ? entry.weight * QUOTED_WEIGHT : entry.weight;
    // Built literally, not by spreading: signals are the hottest objects and keep one shape each.
    signals.push(
      entry.regime
        ? { kind: entry.kind, weight, evidence, source, regime: entry.regime }
        : entry.trigger
          ? { kind: entry.kind, weight, evidence, source, trigger: entry.trigger }
          : { kind: entry.kind, weight, evidence, source },
    );
  }
  return { signals, maskSpans };
}

/** Token index of the token covering a character offset, or -1 (for negation of detector matches). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const index = firstTokenEndingAfter(tokens, offset);
  return index >= 0 && (tokens[index] as Token).start <= offset ? index : -1;
}

function fromDetectors(text: string, tokens: readonly Token[], negated: readonly boolean[]): Signal[] {
  const signals: Signal[] = [];
  const marks = marksOf(text);
  for (const detector of DETECTORS) {
    if (detector.gate && !detector.gate(text, marks)) continue;
    for (const { kind, weight, start, end, id } of detector.find(text)) {
      const index = tokenAt(tokens, start);
      if (index >= 0 && negated[index] && NEGATABLE.has(kind)) continue;
      signals.push({ kind, weight, evidence: spanOf(text, start, end), source: `detector:${id ?? detector.id}` });
    }
  }
  return signals;
}

const startOf = (span: Span): number => span.start;
const itself = (value: number): number => value;

function inside(inner: Evidence, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Drops a signal whose span lies inside a longer or equal span of the same kind that is at least
 * as strong: "write a script" keeps "script" from counting twice, but a faint phrase around a
 * clear term ("find all files in the current folder") leaves the clear term its weight. In the
 * sort order (start, then longer, then stronger first) every kept span of the kind starts at or
 * before the signal, so it is inside one that reaches as far; per kind, the furthest end kept at
 * each weight (a handful of weights) answers that with no search.
 */
function dropContained(signals: readonly Signal[]): Signal[] {
  const sorted = signals.slice().sort(byStartThenLongerThenStronger);
  const kept: Signal[] = [];
  // Per kind, pairs of (weight, furthest end kept at that weight): a few weights per kind, so a flat list.
  const reachByKind = new Map<SignalKind, number[]>();
  for (const signal of sorted) {
    let reach = reachByKind.get(signal.kind);
    if (reach === undefined) reachByKind.set(signal.kind, (reach = []));
    let covered = false;
    let own = -1;
    for (let pair = 0; pair < reach.length; pair += 2) {
      const weight = reach[pair] as number;
      if (weight >= signal.weight && (reach[pair + 1] as number) >= signal.evidence.end) {
        covered = true;
        break;
      }
      if (weight === signal.weight) own = pair;
    }
    if (covered) continue;
    kept.push(signal);
    if (own < 0) reach.push(signal.weight, signal.evidence.end);
    else reach[own + 1] = Math.max(reach[own + 1] as number, signal.evidence.end);
  }
  return kept;
}

/** Whether `inner` lies inside one of `spans`, which are sorted and do not overlap (binary search). */
function insideSorted(inner: Evidence, spans: readonly Span[]): boolean {
  const candidate = spans[countAtOrBefore(spans, inner.start, startOf) - 1];
  return candidate !== undefined && inside(inner, candidate);
}

/**
 * Drops signals whose last word lies inside a mask phrase of their kind: "zip code" masks "code",
 * and "podcast script" masks "write a podcast script", whose head it is. Per kind, the masks
 * sorted by start with the furthest end reached so far: the last word is inside a mask when the
 * masks starting at or before it reach past the signal's end (one binary search per signal).
 */
function applyMasks(signals: readonly Signal[], masks: readonly Mask[], tokens: readonly Token[]): Signal[] {
  if (masks.length === 0) return signals.slice();
  const byKind = new Map<SignalKind, { starts: number[]; reach: number[] }>();
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    let entry = byKind.get(mask.kind);
    if (!entry) byKind.set(mask.kind, (entry = { starts: [], reach: [] }));
    entry.starts.push(mask.start);
    entry.reach.push(Math.max(mask.end, entry.reach.at(-1) ?? -1));
  }
  return signals.filter((signal) => {
    const entry = byKind.get(signal.kind);
    if (!entry) return true;
    const last = tokens[firstTokenEndingAfter(tokens, signal.evidence.end - 1)];
    const head = last && last.start >= signal.evidence.start ? last.start : signal.evidence.start;
    const before = countAtOrBefore(entry.starts, head, itself);
    return before === 0 || (entry.reach[before - 1] as number) < signal.evidence.end;
  });
}

function byStartThenLongerThenStronger(a: Signal, b: Signal): number {
  return a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end || b.weight - a.weight;
}

/**
 * The start of each sentence (after hard punctuation other than ":"), in order, so the sentence
 * holding an offset is one binary search away.
 */
function sentenceStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  for (const token of tokens) {
    if (token.kind === 'punct' && token.boundary === 'hard' && token.raw !== ':') starts.push(token.end);
  }
  return starts;
}

/** Index of the sentence holding `offset`: the last sentence starting at or before it. */
function sentenceIndex(starts: readonly number[], offset: number): number {
  return countAtOrBefore(starts, offset, itself) - 1;
}

/** Words that make a failure the condition of a trigger ("when the build fails", "every time a test fails"). */
const CONDITIONS = new Set(['when', 'whenever', 'if', 'once', 'time', 'soon', 'anytime']);
/** How far back from a failure word a condition is looked for, within its clause. */
const CONDITION_REACH = 8;

/** Whether a condition word opens the clause before token `at`, within a few words. */
function afterCondition(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - CONDITION_REACH; index -= 1) {
    const token = tokens[index] as Token;
    if (token.kind === 'punct') return false;
    if (CONDITIONS.has(token.norm)) return true;
  }
  return false;
}

/**
 * Schedules named where the text talks about a failure or a calendar entry are its subject,
 * not a request ("debug why the nightly job failed", "a lecture slot every Wednesday");
 * a failure that is a trigger's condition ("when the nightly build fails, post ...") is not
 * such talk. A person starting it by hand cancels them outright.
 */
function applyFraming(signals: Signal[], tokens: readonly Token[]): Signal[] {
  if (!signals.some((signal) => signal.kind === 'automation' || signal.kind === 'recurrence')) return signals;
  const manual = signals.some((signal) => signal.kind === 'manual-run');
  const starts = sentenceStarts(tokens);
  // Sentences holding a whole diagnostic or calendar span.
  const framed = new Set<number>();
  for (const signal of signals) {
    if (signal.kind !== 'diagnostic' && signal.kind !== 'calendar-event') continue;
    if (signal.kind === 'diagnostic' && afterCondition(tokens, tokenAt(tokens, signal.evidence.start))) continue;
    const sentence = sentenceIndex(starts, signal.evidence.start);
    if (sentenceIndex(starts, Math.max(signal.evidence.start, signal.evidence.end - 1)) === sentence) framed.add(sentence);
  }
  return signals.filter((signal) => {
    if (signal.kind !== 'automation' && signal.kind !== 'recurrence') return true;
    if (manual) return false;
    return !framed.has(sentenceIndex(starts, signal.evidence.start));
  });
}

/**
 * "No code" cancels what comes before it too ("build the tracker in Sheets, no code"): the code
 * words of its sentence before it, and of the sentence before when it opens its own ("... No
 * scripts, please."). Code words after it are the negation's business.
 */
function applyCancellations(signals: Signal[], tokens: readonly Token[]): Signal[] {
  const cues = signals.filter((signal) => signal.kind === 'no-code');
  if (cues.length === 0) return signals;
  const starts = sentenceStarts(tokens);
  const cancelled = cues.map((cue) => {
    const sentence = sentenceIndex(starts, cue.evidence.start);
    const opens = firstWordAtOrAfter(tokens, starts[sentence] as number) === cue.evidence.start;
    return { from: (starts[opens && sentence > 0 ? sentence - 1 : sentence] as number), to: cue.evidence.start };
  });
  return signals.filter(
    (signal) => (signal.kind !== 'code' && signal.kind !== 'heavy') || !cancelled.some(({ from, to }) => signal.evidence.start >= from && signal.evidence.end <= to),
  );
}

/** Start of the first word token at or after `offset`, or -1. */
function firstWordAtOrAfter(tokens: readonly Token[], offset: number): number {
  for (let index = Math.max(0, firstTokenEndingAfter(tokens, offset)); index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.kind === 'word') return token.start;
  }
  return -1;
}

/** Text in, signals out, with the vocabulary it was built from compiled once. */
export interface Extractor {
  /**
   * Extracts the signals of a task text.
   * @example createExtractor().extract('Deploy the API').signals[0] // { kind: 'code', evidence: { text: 'Deploy', start: 0, end: 6 }, ... }
   */
  extract(text: string): Extraction;
}

/**
 * Compiles a vocabulary (the built-in one by default) into an extractor that owns its lexicon
 * and word table: nothing is compiled at import, and two extractors share no mutable state.
 * @example createExtractor([...BUILT_IN_VOCABULARY, { phrase: 'zephyr', kind: 'code', weight: 1.2 }])
 */
export function createExtractor(vocabulary: readonly VocabularyEntry[] = BUILT_IN_VOCABULARY): Extractor {
  const lexicon = compileLexicon(vocabulary, createWordTable());
  const extractView = (text: string): Extraction => {
    const tokens = tokenize(text, lexicon.words);
    const negated = negatedTokens(tokens);
    let shouting: boolean | undefined;
    const matches = matchLexicon(lexicon, tokens, () => (shouting ??= isShouting(text)));
    const quoted = quotedSpans(text);
    const { signals: phraseSignals, maskSpans } = fromLexicon(text, tokens, matches, negated, quoted);
    const all = phraseSignals.concat(fromDetectors(text, tokens, negated));
    const unmasked = applyMasks(all, maskSpans, tokens);
    const signals = applyCancellations(applySubjectFraming(applyFraming(dropContained(unmasked), tokens), tokens), tokens);
    return {
      signals,
      pieces: piecesOnce((limit) => segment(text, quoted, limit)),
      morePiecesThan: (limit) => surelyMorePieces(text, quoted, limit),
      read: { text, tokens, table: lexicon.words },
      everydaySenses: everydaySensesOf(maskSpans),
    };
  };
  return {
    extract(text) {
      const view = normalisedView(text);
      // The view's tokens index the view: an extraction of it is mapped back without them.
      return view ? inOriginalText(text, view, extractView(view.text)) : extractView(text);
    },
  };
}

/**
 * An extraction of the normalised view with every span mapped back to the original text: the
 * one place offsets cross over, so no detector needs to know about normalisation.
 */
function inOriginalText(original: string, view: NormalisedView, extraction: Extraction): Extraction {
  const signals = extraction.signals.map((signal) => ({ ...signal, evidence: inOriginal(original, view, signal.evidence) }));
  const everydaySenses = extraction.everydaySenses.map((span) => view.toOriginal(span.start, span.end));
  const pieces = piecesOnce((limit) => extraction.pieces(limit).map((piece) => ({ ...inOriginal(original, view, piece), joint: piece.joint })));
  // The view's pieces are the text's, one for one: as many of them.
  return { signals, pieces, ...(extraction.morePiecesThan ? { morePiecesThan: extraction.morePiecesThan } : {}), everydaySenses };
}

/**
 * `Extraction.pieces` over a way to find them: all of them found once, and a search cut short
 * at a limit kept for that limit (a later call without one, or with another, searches again).
 */
function piecesOnce(find: (limit: number) => readonly Piece[]): (limit?: number) => readonly Piece[] {
  let all: readonly Piece[] | undefined;
  let cut: { readonly limit: number; readonly pieces: readonly Piece[] } | undefined;
  return (limit = Number.POSITIVE_INFINITY) => {
    if (all !== undefined) return all;
    if (cut !== undefined && cut.limit === limit) return cut.pieces;
    const found = find(limit);
    if (found.length <= limit) all = found;
    else cut = { limit, pieces: found };
    return found;
  };
}
