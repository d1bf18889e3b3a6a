/**
 * Scores text with the learned model: each word's share of the logit is kept, so a span (a
 * piece of a compound task) can be scored on its own and the words that weighed most can be
 * shown as evidence with their exact offsets. A scorer caches each word's own weight sum;
 * the cache lives in the scorer (one per engine), never in the module.
 */
import type { Evidence } from '../../core/types.js';
import { bigramFeature, learnedTokens, plainLower, wordFeatures } from './features.js';
import type { LearnedToken } from './features.js';
import { lexiconFeature } from './lexicon.js';
import type { LearnedModel } from './model.js';

/** A text scored word by word. */
export interface ScoredText {
  readonly text: string;
  readonly tokens: readonly LearnedToken[];
  /** Each word's share of the (unnormalised) logit: its own features plus half of each bigram it is in. */
  readonly shares: Float64Array;
}

export interface Scorer {
  score(text: string): ScoredText;
}

/** Words cached per scorer before the cache starts over: bounds memory on endless batches. */
const CACHE_LIMIT = 50_000;

/**
 * A scorer over a model.
 * @example spanLogit(createScorer(model), createScorer(model).score('deploy it'), 0, 9)
 */
export function createScorer(model: LearnedModel): Scorer {
  const { weights } = model;
  const cache = new Map<string, number>();
  const wordSum = (raw: string): number => {
    let sum = cache.get(raw);
    if (sum !== undefined) return sum;
    let total = 0;
    wordFeatures(raw, (index) => {
      total += weights[index] as number;
    });
    const binFeature = lexiconFeature(model.lexicon, plainLower(raw));
    if (binFeature >= 0) total += weights[binFeature] as number;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, total);
    sum = total;
    return sum;
  };
  return {
    score(text) {
      const tokens = learnedTokens(text);
      const shares = new Float64Array(tokens.length);
      for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index] as LearnedToken;
        shares[index] = (shares[index] as number) + wordSum(token.raw);
        if (index > 0) {
          const half = (weights[bigramFeature(tokens[index - 1] as LearnedToken, token)] as number) / 2;
          shares[index - 1] = (shares[index - 1] as number) + half;
          shares[index] = (shares[index] as number) + half;
        }
      }
      return { text, tokens, shares };
    },
  };
}

/** Index range of the words inside [start, end). */
function wordsInside(scored: ScoredText, start: number, end: number): { from: number; to: number } {
  let from = 0;
  while (from < scored.tokens.length && (scored.tokens[from] as LearnedToken).start < start) from += 1;
  let to = from;
  while (to < scored.tokens.length && (scored.tokens[to] as LearnedToken).end <= end) to += 1;
  return { from, to };
}

/**
 * The model's logit (code positive) for the words inside [start, end): the bias plus the words'
 * shares over the square root of their count, as in training.
 */
export function spanLogit(bias: number, scored: ScoredText, start = 0, end = scored.text.length): number {
  const { from, to } = wordsInside(scored, start, end);
  let sum = 0;
  for (let index = from; index < to; index += 1) sum += scored.shares[index] as number;
  return bias + sum / Math.sqrt(Math.max(1, to - from));
}

/** Words that weighed at least this much (unnormalised) count as evidence. */
const EVIDENCE_FLOOR = 0.25;

/**
 * The words inside [start, end) that pushed hardest towards one side (`sign` +1 code, -1
 * Cowork), neighbours joined into one phrase, in text order; offsets index the text.
 * @example topEvidence(scored, 1, 0, text.length) // [{ text: 'deploy', start: 0, end: 6 }]
 */
export function topEvidence(scored: ScoredText, sign: 1 | -1, start = 0, end = scored.text.length, limit = 3): Evidence[] {
  const { from, to } = wordsInside(scored, start, end);
  const picked: number[] = [];
  for (let index = from; index < to; index += 1) {
    if (sign * (scored.shares[index] as number) < EVIDENCE_FLOOR) continue;
    picked.push(index);
    if (picked.length > limit) {
      picked.sort((a, b) => sign * ((scored.shares[b] as number) - (scored.shares[a] as number)) || a - b);
      picked.length = limit;
    }
  }
  picked.sort((a, b) => a - b);
  const evidence: Evidence[] = [];
  let runStart = -1;
  for (let position = 0; position < picked.length; position += 1) {
    const index = picked[position] as number;
    if (runStart < 0) runStart = index;
    const next = picked[position + 1];
    if (next === index + 1) continue;
    const first = scored.tokens[runStart] as LearnedToken;
    const last = scored.tokens[index] as LearnedToken;
    evidence.push({ text: scored.text.slice(first.start, last.end), start: first.start, end: last.end });
    runStart = -1;
  }
  return evidence;
}
