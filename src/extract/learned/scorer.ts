/**
 * Scores text with the learned model: each word's share of the logit is kept, so a span (a
 * piece of a compound task) can be scored on its own and the words that weighed most can be
 * shown as evidence with their exact offsets. A scorer caches each word's own weight sum;
 * the cache lives in the scorer (one per engine), never in the module.
 */
import type { Evidence } from '../../core/types.js';
import { bigramFeature, forEachWord, isFunctionWord, wordFeatures, wordHash } from './features.js';
import type { LearnedToken } from './features.js';
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

/** What a written word gives the scorer; `sum` is NaN for a function word (it gives nothing). */
interface WordEntry {
  readonly raw: string;
  readonly hash: number;
  readonly sum: number;
  /** The next word whose span hash is the same (a chain: collisions are rare, never wrong). */
  readonly next: WordEntry | undefined;
}

/** FNV-1a of the characters of text[start, end), as written: the cache's key. */
function spanHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/**
 * A scorer over a model. It reads words as `learnedTokens` does, but looks each written word
 * up once in its cache (function word or not, bigram hash, own weight sum). The cache is keyed
 * by a hash of the word's characters and checked against the word itself, so a word seen before
 * costs no string copy.
 * @example spanLogit(createScorer(model), createScorer(model).score('deploy it'), 0, 9)
 */
export function createScorer(model: LearnedModel): Scorer {
  const { weights } = model;
  const cache = new Map<number, WordEntry>();
  const entryOf = (raw: string, next: WordEntry | undefined): WordEntry => {
    const lower = raw.toLowerCase();
    if (isFunctionWord(lower)) return { raw, hash: 0, sum: Number.NaN, next };
    let total = 0;
    wordFeatures(raw, (index) => {
      total += weights[index] as number;
    });
    return { raw, hash: wordHash(lower), sum: total, next };
  };
  const lookUp = (text: string, start: number, end: number): WordEntry => {
    const key = spanHash(text, start, end);
    const first = cache.get(key);
    for (let entry = first; entry !== undefined; entry = entry.next) {
      if (entry.raw.length === end - start && text.startsWith(entry.raw, start)) return entry;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const made = entryOf(text.slice(start, end), cache.size === 0 ? undefined : first);
    cache.set(key, made);
    return made;
  };
  return {
    score(text) {
      const tokens: LearnedToken[] = [];
      const sums: number[] = [];
      forEachWord(text, (start, end) => {
        const entry = lookUp(text, start, end);
        if (Number.isNaN(entry.sum)) return;
        tokens.push({ start, end, raw: entry.raw, hash: entry.hash });
        sums.push(entry.sum);
      });
      const shares = Float64Array.from(sums);
      for (let index = 1; index < tokens.length; index += 1) {
        const half = (weights[bigramFeature(tokens[index - 1] as LearnedToken, tokens[index] as LearnedToken)] as number) / 2;
        shares[index - 1] = (shares[index - 1] as number) + half;
        shares[index] = (shares[index] as number) + half;
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
