/**
 * Scores text with the learned model: each word's share of the logit is kept, so a span (a
 * piece of a compound task) can be scored on its own and the words that weighed most can be
 * shown as evidence with their exact offsets. A scorer caches each word's own weight sum;
 * the cache lives in the scorer (one per engine), never in the module.
 */
import type { Evidence } from '../../core/types.js';
import { NO_KNOWN_WORDS, PADDED_LETTERS, ReadWord, bigramOf, firstTokenFrom, fnv, insideOf, isFunctionWord, knownWordAfter, plainLower, readWord, skipWordEnds, wordHash, wordWeight } from './features.js';
import type { KnownWord } from './features.js';
import { LEXICON_STRENGTH, lexiconFeature } from './lexicon.js';
import type { LearnedModel } from './model.js';
import type { Span } from '../quotes.js';

/** A text scored word by word: the content words' offsets and shares, in text order. */
export interface ScoredText {
  readonly text: string;
  /** How many content words (function words left out) the text has. */
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Each word's share of the (unnormalised) logit: its own features plus half of each bigram it is in. */
  readonly shares: readonly number[];
}

/** The rules' reading of the text being scored: its tokens in text order (each a `KnownWord`), and the table that numbered their spellings (an identity). */
export interface Spellings {
  readonly tokens: readonly KnownWord[];
  readonly table: object;
}

export interface Scorer {
  /**
   * Scores a text; with `spellings` (the rules' tokens of this very text), a word read the same
   * by both is found by its spelling's number, with no hashing or comparing of its characters.
   * Words inside `leftOut` (sorted by start) give nothing, as in training (`learnedTokens`).
   */
  score(text: string, spellings?: Spellings, leftOut?: readonly Span[]): ScoredText;
}

/** Slots of the word cache (a power of two): bounds its memory on endless batches. */
const CACHE_SLOTS = 1 << 16;

/** The cache slot of a word: the low bits of its hash. */
const KEY_BITS = CACHE_SLOTS - 1;

/** Numbers per spelling slot: the spelling that holds it (plus one; 0 when none does), its weight sum (NaN for a function word), its bigram hash. */
const SLOT_WIDTH = 3;

/** The cache slot of text[start, end), as written: features.ts's FNV-1a (unseeded) with its high bits folded in. */
function spanHash(text: string, start: number, end: number): number {
  return slotOf(fnv(text, start, end, 0));
}

/** Folds the high bits in: FNV's low bits alone spread short words poorly. */
const slotOf = (hash: number): number => (hash ^ (hash >>> 16)) & KEY_BITS;

/**
 * A scorer over a model. It reads words exactly as `learnedTokens` does (training's reading),
 * through the same word scan (`WordReader`), and looks each written word up in its cache
 * (function word or not, bigram hash, own weight sum). The cache is indexed by a hash of the word and
 * checked against the word itself, so a word seen before costs no string copy.
 * @example spanLogit(model.bias, createScorer(model).score('deploy it'))
 */
export function createScorer(model: LearnedModel): Scorer {
  // A weight is its integer times the scale rounded to 32 bits: exactly what `dequantise` (and so
  // training) holds, read from half the bytes.
  const { values, scale } = model.weights;
  // Direct-mapped: a word whose slot holds another word is worked out again and takes the slot.
  // Each slot is checked against the word itself, so what is cached never changes a score. A
  // slot is the word as written and two numbers in typed arrays, not an entry object: objects
  // that live as long as the cache made V8 move their allocation to the old generation midway
  // through a batch, which threw away the scorer's compiled code twice.
  const cachedWords: string[] = new Array<string>(CACHE_SLOTS).fill('');
  /** Each slot's weight sum, NaN for a function word (it gives nothing). */
  const cachedSums = new Float64Array(CACHE_SLOTS);
  /** Each slot's hash of the lower-cased word, for bigrams. */
  const cachedHashes = new Int32Array(CACHE_SLOTS);
  /** Scratch room for a new word's letters (see `wordWeight`). */
  const codes = new Int32Array(PADDED_LETTERS);
  /** Works out the word text[start, end) into `slot`. */
  const fill = (slot: number, raw: string): void => {
    const lower = plainLower(raw);
    cachedWords[slot] = raw;
    if (isFunctionWord(lower)) {
      cachedSums[slot] = Number.NaN;
      cachedHashes[slot] = 0;
      return;
    }
    let total = wordWeight(raw, lower, values, scale, codes);
    const binFeature = lexiconFeature(model.lexicon, lower);
    if (binFeature >= 0) total += LEXICON_STRENGTH * Math.fround((values[binFeature] as number) * scale);
    cachedSums[slot] = total;
    cachedHashes[slot] = wordHash(lower);
  };
  /** The slot of text[start, end), holding that word once this returns (an empty slot's word is '', which no word is). */
  const lookUp = (text: string, start: number, end: number, slot: number): number => {
    const cached = cachedWords[slot] as string;
    if (cached.length !== end - start || !text.startsWith(cached, start)) fill(slot, text.slice(start, end));
    return slot;
  };
  // Spelling numbers are one table's: the first table seen owns these slots, any other reads by hash.
  // Flat numbers, not entry objects: a slot's spelling, sum and hash share a cache line, and words
  // read close in time have close numbers, so the slots a text touches lie close together.
  // A slot holds its spelling plus one, so the fresh zeroed array means "empty" with no fill (a one-shot run pays for none).
  const spelled = new Float64Array(CACHE_SLOTS * SLOT_WIDTH);
  let spellingTable: object | undefined;
  /** The offset of the slot of `spelling`, filled from the hash slots if another spelling held it. */
  const slotOfSpelling = (text: string, start: number, end: number, spelling: number): number => {
    const at = (spelling & KEY_BITS) * SLOT_WIDTH;
    if (spelled[at] !== spelling + 1) {
      const slot = lookUp(text, start, end, spanHash(text, start, end));
      spelled[at] = spelling + 1;
      spelled[at + 1] = cachedSums[slot] as number;
      spelled[at + 2] = cachedHashes[slot] as number;
    }
    return at;
  };
  // The words' offsets and shares are written into buffers the scorer keeps (grown to the longest
  // text seen) and copied out at the exact length: a push per word per array cost more, and grew
  // each array several times over a text.
  const wordStarts = packedNumbers(WORD_BUFFER, 0);
  const wordEnds = packedNumbers(WORD_BUFFER, 0);
  const wordShares = packedNumbers(WORD_BUFFER, 0.5);
  const slowWord = new ReadWord();
  return {
    score(text, spellings, leftOut) {
      if (spellings !== undefined) spellingTable ??= spellings.table;
      const tokens = spellings !== undefined && spellings.table === spellingTable ? spellings.tokens : NO_KNOWN_WORDS;
      const inside = leftOut === undefined ? undefined : insideOf(leftOut);
      const length = text.length;
      let count = 0;
      let previousHash = 0;
      // The word scan's steps (see `WordReader`) on locals: a reader object's fields cost a load,
      // a store and a map check each at every word.
      let index = 0;
      let next = 0;
      for (;;) {
        index = skipWordEnds(text, index);
        if (index >= length) break;
        next = firstTokenFrom(tokens, next, index);
        const after = knownWordAfter(text, tokens, next, index);
        let start: number;
        let end: number;
        let spelling: number;
        if (after >= 0) {
          const word = tokens[next] as KnownWord;
          start = index;
          end = word.end;
          spelling = word.spelling;
          index = after;
          next += 1;
        } else {
          readWord(text, tokens, index, next, slowWord);
          start = slowWord.start;
          end = slowWord.end;
          spelling = slowWord.spelling;
          index = slowWord.index;
          next = slowWord.next;
        }
        if (inside !== undefined && inside.holds(start, end)) continue;
        // A word the rules' tokenizer read the same is found by its spelling's number.
        let sum: number;
        let hash: number;
        if (spelling >= 0) {
          const at = slotOfSpelling(text, start, end, spelling);
          sum = spelled[at + 1] as number;
          hash = spelled[at + 2] as number;
        } else {
          const slot = lookUp(text, start, end, spanHash(text, start, end));
          sum = cachedSums[slot] as number;
          hash = cachedHashes[slot] as number;
        }
        if (Number.isNaN(sum)) continue;
        // Each bigram's weight is split between its two words.
        let share = sum;
        if (count > 0) {
          const half = Math.fround((values[bigramOf(previousHash, hash)] as number) * scale) / 2;
          wordShares[count - 1] = (wordShares[count - 1] as number) + half;
          share += half;
        }
        if (count < wordStarts.length) {
          wordStarts[count] = start;
          wordEnds[count] = end;
          wordShares[count] = share;
        } else {
          wordStarts.push(start);
          wordEnds.push(end);
          wordShares.push(share);
        }
        previousHash = hash;
        count += 1;
      }
      return { text, count, starts: wordStarts.slice(0, count), ends: wordEnds.slice(0, count), shares: wordShares.slice(0, count) };
    },
  };
}

/**
 * Words the scorer's buffers hold before they grow: more than the longest texts of the shared
 * corpora have (some 650), so real text seldom takes the growing path, and code V8 compiled
 * without it is seldom thrown away for it.
 */
const WORD_BUFFER = 1_024;

/** An array of `length` copies of `value`, made by pushing so that V8 keeps it packed (no holes to check on reads). */
function packedNumbers(length: number, value: number): number[] {
  const numbers: number[] = [];
  for (let index = 0; index < length; index += 1) numbers.push(value);
  return numbers;
}

/** Index of the first word that starts at or after `offset` (binary search over the ordered words). */
function firstWordFrom(scored: ScoredText, offset: number): number {
  let low = 0;
  let high = scored.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((scored.starts[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index range of the words inside [start, end): found by search, since pieces of a long text are judged one by one. */
function wordsInside(scored: ScoredText, start: number, end: number): { from: number; to: number } {
  // The whole text (the usual case): every word, with no search.
  if (start <= 0 && end >= scored.text.length) return { from: 0, to: scored.count };
  const from = firstWordFrom(scored, start);
  let to = from;
  while (to < scored.count && (scored.ends[to] as number) <= end) to += 1;
  return { from, to };
}

/** How many content words lie inside [start, end). */
export function wordCount(scored: ScoredText, start: number, end: number): number {
  const { from, to } = wordsInside(scored, start, end);
  return to - from;
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
 * Whether any word inside [start, end) weighs enough to be shown as evidence: a model with no
 * such word has nothing to say about the text (it knows none of its words).
 * @example hasEvidence(createScorer(model).score('hello')) // false: no content word at all
 */
export function hasEvidence(scored: ScoredText, start = 0, end = scored.text.length): boolean {
  const { from, to } = wordsInside(scored, start, end);
  for (let index = from; index < to; index += 1) if (Math.abs(scored.shares[index] as number) >= EVIDENCE_FLOOR) return true;
  return false;
}

/**
 * The words inside [start, end) that pushed hardest towards one side (`sign` +1 code, -1
 * Cowork), neighbours joined into one phrase, in text order; offsets index the text.
 * @example topEvidence(scored, 1, 0, text.length) // [{ text: 'deploy', start: 0, end: 6 }]
 */
export function topEvidence(scored: ScoredText, sign: 1 | -1, start = 0, end = scored.text.length, limit = 3): Evidence[] {
  const { from, to } = wordsInside(scored, start, end);
  const shares = scored.shares;
  // The `limit` words that weigh most, heaviest first (the earlier word first on a tie), kept by
  // insertion: a few words at most, so no sort and no comparator closures to call or to compile.
  const picked: number[] = [];
  for (let index = from; index < to; index += 1) {
    const weight = sign * (shares[index] as number);
    if (weight < EVIDENCE_FLOOR) continue;
    let at = picked.length;
    // Words come in text order, so one only passes a picked word that weighs strictly less.
    while (at > 0 && sign * (shares[picked[at - 1] as number] as number) < weight) at -= 1;
    if (at >= limit) continue;
    // Room for it: one more word, or the lightest one dropped.
    if (picked.length < limit) picked.push(index);
    for (let move = picked.length - 1; move > at; move -= 1) picked[move] = picked[move - 1] as number;
    picked[at] = index;
  }
  // Then in text order.
  for (let done = 1; done < picked.length; done += 1) {
    const index = picked[done] as number;
    let at = done;
    while (at > 0 && (picked[at - 1] as number) > index) {
      picked[at] = picked[at - 1] as number;
      at -= 1;
    }
    picked[at] = index;
  }
  const evidence: Evidence[] = [];
  let runStart = -1;
  for (let position = 0; position < picked.length; position += 1) {
    const index = picked[position] as number;
    if (runStart < 0) runStart = index;
    const next = picked[position + 1];
    if (next === index + 1) continue;
    const from = scored.starts[runStart] as number;
    const to = scored.ends[index] as number;
    evidence.push({ text: scored.text.slice(from, to), start: from, end: to });
    runStart = -1;
  }
  return evidence;
}
