/**
 * Text in, signals out: every vocabulary phrase and word-class detector that fires, with the
 * exact span that fired it, after masks, negation, diagnostic framing and manual runs are applied.
 */
import type { Evidence } from '../core/types.js';
import { DETECTORS } from './detectors.js';
import { compileLexicon, matchLexicon } from './lexicon.js';
import type { LexiconMatch, VocabularyEntry } from './lexicon.js';
import { negatedTokens } from './negation.js';
import type { Span } from './quotes.js';
import { QUOTED_WEIGHT, quotedSpans } from './quotes.js';
import { segment } from './segment.js';
import { applySubjectFraming } from './subject.js';
import { isShouting, marksOf } from './shape.js';
import type { Signal, SignalKind } from './signal.js';
import type { Token } from './tokenize.js';
import { firstTokenEndingAfter, tokenize } from './tokenize.js';
import { BUILT_IN_VOCABULARY } from './vocabulary/index.js';
import { createWordTable } from './word-ids.js';

export interface Extraction {
  readonly signals: readonly Signal[];
  /**
   * Separable pieces of work, in order; one piece when the task does not split. Computed on
   * first use: most tasks never need them.
   */
  readonly pieces: () => readonly Evidence[];
}

/** Kinds a negation cue can cancel; operator phrases carry their own "not". */
const NEGATABLE = new Set<SignalKind>(['code', 'heavy', 'automation', 'regime', 'audit', 'knowledge', 'office', 'sandbox', 'recurrence', 'sensitive-data']);

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
    const inQuotes = quoted.length > 0 && quoted.some((span) => inside(evidence, span));
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
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      const judgement = detector.judge(match, text);
      if (!judgement) continue;
      const named = match.groups?.['span'] ?? match[0];
      const start = judgement.span?.start ?? match.index + match[0].indexOf(named);
      const end = judgement.span?.end ?? start + named.length;
      const index = tokenAt(tokens, start);
      if (index >= 0 && negated[index] && NEGATABLE.has(judgement.kind)) continue;
      signals.push({ kind: judgement.kind, weight: judgement.weight, evidence: spanOf(text, start, end), source: `detector:${judgement.id ?? detector.id}` });
    }
  }
  return signals;
}

function inside(inner: Evidence, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Drops a signal whose span lies inside a longer or equal, stronger span of the same kind. */
function dropContained(signals: readonly Signal[]): Signal[] {
  const sorted = signals.slice().sort(byStartThenLongerThenStronger);
  const kept: Signal[] = [];
  let furthestEnd = -1;
  for (const signal of sorted) {
    // Past every kept span's end, nothing can contain it: most signals stop here.
    if (signal.evidence.end > furthestEnd) {
      kept.push(signal);
      furthestEnd = signal.evidence.end;
      continue;
    }
    let covered = false;
    for (let index = 0; index < kept.length && !covered; index += 1) {
      const other = kept[index] as Signal;
      covered =
        other.kind === signal.kind &&
        inside(signal.evidence, other.evidence) &&
        (other.weight >= signal.weight || other.evidence.end - other.evidence.start > signal.evidence.end - signal.evidence.start);
    }
    if (!covered) kept.push(signal);
  }
  return kept;
}

function byStartThenLongerThenStronger(a: Signal, b: Signal): number {
  return a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end || b.weight - a.weight;
}

/** Sentence spans (between hard punctuation), for rules that look at the whole sentence. */
function sentenceOf(tokens: readonly Token[], offset: number): { start: number; end: number } {
  let start = 0;
  let end = Number.POSITIVE_INFINITY;
  for (const token of tokens) {
    if (token.kind !== 'punct' || token.boundary !== 'hard' || token.raw === ':') continue;
    if (token.end <= offset) start = token.end;
    else if (token.start >= offset) {
      end = token.start;
      break;
    }
  }
  return { start, end };
}

/**
 * Schedules named where the text talks about a failure or a calendar entry are its subject,
 * not a request ("debug why the nightly job failed", "a lecture slot every Wednesday");
 * a person starting it by hand cancels them outright.
 */
function applyFraming(signals: Signal[], tokens: readonly Token[]): Signal[] {
  if (!signals.some((signal) => signal.kind === 'automation' || signal.kind === 'recurrence')) return signals;
  const manual = signals.some((signal) => signal.kind === 'manual-run');
  const diagnostics = signals.filter((signal) => signal.kind === 'diagnostic' || signal.kind === 'calendar-event');
  return signals.filter((signal) => {
    if (signal.kind !== 'automation' && signal.kind !== 'recurrence') return true;
    if (manual) return false;
    const sentence = sentenceOf(tokens, signal.evidence.start);
    return !diagnostics.some((diagnostic) => inside(diagnostic.evidence, sentence));
  });
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
  return {
    extract(text) {
      const tokens = tokenize(text, lexicon.words);
      const negated = negatedTokens(tokens);
      let shouting: boolean | undefined;
      const matches = matchLexicon(lexicon, tokens, () => (shouting ??= isShouting(text)));
      const { signals: phraseSignals, maskSpans } = fromLexicon(text, tokens, matches, negated, quotedSpans(text));
      const all = phraseSignals.concat(fromDetectors(text, tokens, negated));
      const unmasked =
        maskSpans.length === 0 ? all : all.filter((signal) => !maskSpans.some((mask) => mask.kind === signal.kind && inside(signal.evidence, mask)));
      let pieces: readonly Evidence[] | undefined;
      const signals = applySubjectFraming(applyFraming(dropContained(unmasked), tokens), tokens);
      return { signals, pieces: () => (pieces ??= segment(text)) };
    },
  };
}
