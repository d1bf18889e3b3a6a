/**
 * Text to hashed features for the learned signal, each feature tied to the word it came from so
 * that its weight can be shown as evidence. A content word gives its lower-cased form, character
 * 3- to 5-grams of it (so unseen inflections and compounds still weigh), and a few shape marks
 * (path, dotted name, flag, identifier case); each pair of neighbouring content words gives a
 * bigram whose weight is split between the two. English function words ("can", "you", "the")
 * give nothing: how a request is phrased says who typed it, not what the work is.
 * Pure: the same text always gives the same features.
 */

import type { Span } from '../quotes.js';

/** Bits of the hashed feature space: 2^18 weights. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** Invisible format characters and soft hyphens: "de\u200bploy" is the word "deploy". */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
// eslint-disable-next-line no-control-regex -- plain ASCII needs no normalising
const ASCII = /^[\x00-\x7f]*$/;

/**
 * A word as the features read it: lower-cased, and beyond ASCII also NFKC-normalised (fullwidth
 * letters, ligatures) with invisible characters taken out, as the rules' normalised view does.
 * @example plainLower('Ｄｅ\u200bploy') // 'deploy'
 */
export function plainLower(raw: string): string {
  return ASCII.test(raw) ? raw.toLowerCase() : raw.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

/** Character n-grams look at a word's first letters only: long tokens are hashes or paths. */
const CHAR_LIMIT = 24;
const NGRAM_MIN = 3;
const NGRAM_MAX = 5;

/** General English function words: pronouns, articles, auxiliaries, prepositions, politeness. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those it its it\'s i me my mine we us our ours you your yours he him his she her they them their ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'and or but if so as of at by for from in into on onto to with without about over under than then there here ' +
    'what which who whom whose when where why how please pls thanks thank hey hi hello ok okay just also too very really ' +
    'some any all each every no not can\'t don\'t i\'m i\'d i\'ll let\'s want need like would\'ve could you\'re'
  ).split(' '),
);

export interface LearnedToken {
  readonly start: number;
  readonly end: number;
  /** The word as written; the cache key of its own features. */
  readonly raw: string;
  /** Hash of the lower-cased word, for bigrams. */
  readonly hash: number;
}

/** FNV-1a over a string's char codes from `from` to `to`, seeded so feature families differ. */
export function fnv(text: string, from: number, to: number, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = from; index < to; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Characters that end a word: white space (as `\s` has it) and the marks `"“”‘`()[]{}<>,;!?|`.
 * Apostrophes, colons and dots stay inside ("don't", "config.yaml"), and so does a zero-width
 * no-break space (JavaScript counts it as white space; in text it is invisible). One byte per
 * UTF-16 code unit, so the test is one load whatever the character: code V8 compiled on plain ASCII
 * text then needs no new path (and is not thrown away and compiled again) when the first curly
 * quote or no-break space comes. The tokenizer reads every character of every task.
 */
const ENDS_WORD = new Uint8Array(0x10000);
for (const mark of ' \t\n\v\f\r"`()[]{}<>,;!?|\u201c\u201d\u2018') ENDS_WORD[mark.charCodeAt(0)] = 1;
// White space beyond ASCII, as `\s` (and `isSpace`) has it, but U+FEFF: ranges of code units, written
// out rather than found by testing every code unit as each process starts (a test holds them to `isSpace`).
for (const [first, last] of [[0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]] as const) {
  for (let code = first; code <= last; code += 1) ENDS_WORD[code] = 1;
}

const SPACE = 0x20;

/** Whether a UTF-16 code unit ends a word (see ENDS_WORD); a space, most of what ends words, is told with no load. */
export function endsWord(code: number): boolean {
  return code === SPACE || ENDS_WORD[code] === 1;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/** Marks trimmed from a word's start (`'’:.`) and end (`.:'’`): the same four. */
const isEdgeMark = (code: number): boolean => code === APOSTROPHE || code === RIGHT_QUOTE || code === 0x3a || code === 0x2e;

/** A word another reader found in the same text (its offsets), and whether it is a word at all (`spelling` -1: no). */
export interface KnownWord {
  readonly start: number;
  readonly end: number;
  readonly spelling: number;
}

/**
 * No known words, as a list of the same elements kind as the rules' token lists (objects, no
 * holes): a bare `[]` is a list of small integers to V8, and code it compiled on token lists
 * was thrown away at the first text with no tokens to share (one whose normalised view differs).
 */
export const NO_KNOWN_WORDS: readonly KnownWord[] = emptyListOfObjects();

function emptyListOfObjects<T extends object>(): T[] {
  const list: T[] = [{} as T];
  list.pop();
  return list;
}

/** The first of the known tokens from `next` on that does not start before `index` (tokens are in text order). */
export function firstTokenFrom(tokens: readonly KnownWord[], next: number, index: number): number {
  let at = next;
  while (at < tokens.length && (tokens[at] as KnownWord).start < index) at += 1;
  return at;
}

/** The first offset from `index` on that is not a word end: where the next word starts, or the text's length. */
export function skipWordEnds(text: string, index: number): number {
  const length = text.length;
  let at = index;
  while (at < length && endsWord(text.charCodeAt(at))) at += 1;
  return at;
}

/**
 * The usual word, read with no character scan: when the known token `next` starts at `index` and a
 * word end comes right after it, or after edge marks that are trimmed anyway ("hour.", "done:"),
 * where the scan goes on from; else -1. The token is then the whole word as `readWord` would read
 * it, since a word token begins with a letter, digit or "_" and ends with one (or the "+" or "#"
 * of C++ and C#): no edge mark of its own to trim.
 */
export function knownWordAfter(text: string, tokens: readonly KnownWord[], next: number, index: number): number {
  if (next >= tokens.length) return -1;
  const word = tokens[next] as KnownWord;
  if (word.start !== index || word.spelling < 0) return -1;
  const length = text.length;
  let after = word.end;
  while (after < length && isEdgeMark(text.charCodeAt(after))) after += 1;
  return after >= length || endsWord(text.charCodeAt(after)) ? after : -1;
}

/** A word read character by character (see `readWord`), and where the scan goes on from. */
export class ReadWord {
  start = 0;
  end = 0;
  /** The index of the rules' token that is this very word, else -1; and its spelling number, else -1. */
  known = -1;
  spelling = -1;
  /** Where the scan goes on from, and the first known token not yet passed. */
  index = 0;
  next = 0;
}

/**
 * Reads the word that starts at `from` character by character into `into` (the first known
 * token not passed: `passed`): the rare word no known token is the whole of.
 */
export function readWord(text: string, tokens: readonly KnownWord[], from: number, passed: number, into: ReadWord): void {
  const length = text.length;
  let index = from;
  let next = passed;
  // The known words jumped over inside this word: the first one's index, and how many.
  let first = -1;
  let jumps = 0;
  for (;;) {
    next = firstTokenFrom(tokens, next, index);
    // Read only inside the list: a read past its end is a slow path of its own in V8.
    if (next < tokens.length) {
      const word = tokens[next] as KnownWord;
      if (word.start === index && word.spelling >= 0) {
        if (jumps === 0) first = next;
        jumps += 1;
        index = word.end;
      }
    }
    if (index >= length || endsWord(text.charCodeAt(index))) break;
    index += 1;
  }
  into.index = index;
  into.next = next;
  let start = from;
  let end = index;
  while (start < end - 1 && isEdgeMark(text.charCodeAt(start))) start += 1;
  while (end > start + 1 && isEdgeMark(text.charCodeAt(end - 1))) end -= 1;
  into.start = start;
  into.end = end;
  const same = jumps === 1 && (tokens[first] as KnownWord).start === start && (tokens[first] as KnownWord).end === end;
  into.known = same ? first : -1;
  into.spelling = same ? (tokens[first] as KnownWord).spelling : -1;
}

/**
 * The words of a text, edge marks trimmed (a word keeps at least one character), in text order;
 * function words are not yet left out. Each step: `skipWordEnds` to the word, `firstTokenFrom` to
 * the known token there, `knownWordAfter` for the usual word, `readWord` for the rest. `known`
 * tokens (the rules' tokens of this very text, in order) only save reading: a word token holds
 * letters, digits, "_" and inner "'’." alone, none of which ends a word here, so the scan jumps
 * to its end. The scorer takes the same steps in its own loop, on locals.
 * @example const reader = new WordReader('Fix it.'); reader.advance(); [reader.start, reader.end] // [0, 3]
 */
export class WordReader extends ReadWord {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly KnownWord[] = NO_KNOWN_WORDS,
  ) {
    super();
  }

  /** Moves to the next word; false when the text has no more. */
  advance(): boolean {
    const index = skipWordEnds(this.text, this.index);
    if (index >= this.text.length) return false;
    const next = firstTokenFrom(this.tokens, this.next, index);
    const after = knownWordAfter(this.text, this.tokens, next, index);
    if (after < 0) {
      readWord(this.text, this.tokens, index, next, this);
      return true;
    }
    const word = this.tokens[next] as KnownWord;
    this.start = index;
    this.end = word.end;
    this.known = next;
    this.spelling = word.spelling;
    this.index = after;
    this.next = next + 1;
    return true;
  }
}

/**
 * Calls `visit` with the offsets of each word of `text` (see `WordReader`), and the index of the
 * known token that is that very word, else -1.
 */
export function forEachWord(text: string, visit: (start: number, end: number, known: number) => void, known: readonly KnownWord[] = NO_KNOWN_WORDS): void {
  const reader = new WordReader(text, known);
  while (reader.advance()) visit(reader.start, reader.end, reader.known);
}

/** The longest function word, in UTF-16 units: longer words need no look-up. */
const LONGEST_FUNCTION_WORD = 8;

/** Whether a lower-cased word is an English function word (a curly apostrophe read as straight). */
export function isFunctionWord(lower: string): boolean {
  return lower.length <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(lower.replace('’', "'"));
}

/** The hash of a lower-cased word, for bigrams. */
export function wordHash(lower: string): number {
  return fnv(lower, 0, lower.length, 1);
}

/** Final mixing so nearby hashes spread over the table. */
export function bucket(hash: number): number {
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x45d9f3b);
  mixed ^= mixed >>> 16;
  return mixed & MASK;
}

/**
 * Whether each word, asked about in text order, lies inside one of `spans` (sorted by start):
 * one pass over the spans for the whole text. A method, not a closure per text: the word scan's
 * caller then always calls the same function, and V8 keeps its optimised code.
 */
export class SpanCursor {
  private next = 0;
  /** The furthest end of the spans that start at or before the word: one of them holds it if that reaches its end. */
  private reach = -1;

  constructor(private readonly spans: readonly Span[]) {}

  holds(start: number, end: number): boolean {
    const spans = this.spans;
    while (this.next < spans.length && (spans[this.next] as Span).start <= start) {
      this.reach = Math.max(this.reach, (spans[this.next] as Span).end);
      this.next += 1;
    }
    return this.reach >= end;
  }
}

/**
 * A cursor over `spans` (see `SpanCursor`); undefined when there are none (the usual case).
 * @example insideOf([{ start: 4, end: 12 }])?.holds(4, 7) // true
 */
export function insideOf(spans: readonly Span[]): SpanCursor | undefined {
  return spans.length === 0 ? undefined : new SpanCursor(spans);
}

/**
 * The content words of a text with their offsets (function words, and words inside `leftOut`, left out).
 * @example learnedTokens('Fix the bug.').map((token) => token.raw) // ['Fix', 'bug']
 */
export function learnedTokens(text: string, leftOut: readonly Span[] = []): LearnedToken[] {
  const tokens: LearnedToken[] = [];
  const inside = insideOf(leftOut);
  forEachWord(text, (start, end) => {
    if (inside !== undefined && inside.holds(start, end)) return;
    const raw = text.slice(start, end);
    const lower = plainLower(raw);
    if (!isFunctionWord(lower)) tokens.push({ start, end, raw, hash: wordHash(lower) });
  });
  return tokens;
}

/** The shape marks: a pattern on the word as written, and the seed of its feature. */
export const SHAPES: readonly [RegExp, number][] = [
  [/\//, 11], // a path or URL
  [/^[\w-]+\.[a-z0-9]{1,5}$/i, 12], // a file name
  [/^--?[a-z]/i, 13], // a command-line flag
  [/[a-z][A-Z]/, 14], // camelCase
  [/_/, 15], // snake_case
  [/[=$#{}\\*~^]/, 16], // shell or code punctuation
  [/\d/, 17], // a number or version
  [/^[A-Z]{2,}$/, 18], // an acronym
];

/**
 * Whether a word is ASCII letters alone, lower case but for the first: no shape in SHAPES can
 * match it (each needs a mark, a digit, a capital after a small letter, or capitals alone), and
 * it is most words, so their eight tests are skipped.
 */
function plainWord(raw: string): boolean {
  for (let index = 0; index < raw.length; index += 1) {
    const code = raw.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) continue;
    if (index === 0 && code >= 0x41 && code <= 0x5a) continue;
    return false;
  }
  return true;
}

/** Room for the letters of "<word>": the word's first CHAR_LIMIT letters and the two marks. */
export const PADDED_LETTERS = CHAR_LIMIT + 2;

/**
 * Writes the letters of "<word>" (the word cut to its first CHAR_LIMIT letters) into `codes` as
 * UTF-16 code units and gives their count. Its n-grams are then hashed from a typed array: read
 * from the string, every letter paid for a check of how the string is stored (flat, a slice of
 * the text, one or two bytes a letter), several times over, once for each n-gram it is in.
 */
function paddedCodes(lower: string, codes: Int32Array): number {
  const letters = Math.min(lower.length, CHAR_LIMIT);
  codes[0] = 0x3c;
  for (let at = 0; at < letters; at += 1) codes[at + 1] = lower.charCodeAt(at);
  codes[letters + 1] = 0x3e;
  return letters + 2;
}

/**
 * FNV-1a, seeded with the n-gram's size, over codes[from, from + size): the bucket is the same
 * whether it is read as a signed or an unsigned 32-bit number, so it is left signed.
 */
function gramHash(codes: Int32Array, from: number, size: number): number {
  let hash = 0x811c9dc5 ^ size;
  for (let at = from; at < from + size; at += 1) hash = Math.imul(hash ^ (codes[at] as number), 0x01000193);
  return hash;
}

/** The bucket of a word's whole form. */
const formBucket = (lower: string): number => bucket(fnv(lower, 0, lower.length, 1) ^ 0x9e3779b9);

/** The bucket of a shape mark. */
const shapeBucket = (seed: number): number => bucket(Math.imul(seed, 0x27d4eb2d));

/**
 * Calls `visit` with the bucket of every feature a single word gives (not its bigrams), in a
 * fixed order: its form, its 3-grams, 4-grams and 5-grams of "<word>" from the left, its shapes;
 * `lower` is `plainLower(raw)`, when the caller has it already.
 * @example wordFeatures('deploy', (index) => seen.push(index))
 */
export function wordFeatures(raw: string, visit: (index: number) => void, lower: string = plainLower(raw)): void {
  visit(formBucket(lower));
  const codes = new Int32Array(PADDED_LETTERS);
  const length = paddedCodes(lower, codes);
  for (let size = NGRAM_MIN; size <= NGRAM_MAX; size += 1) {
    for (let from = 0; from + size <= length; from += 1) visit(bucket(gramHash(codes, from, size)));
  }
  if (plainWord(raw)) return;
  for (const [shape, seed] of SHAPES) if (shape.test(raw)) visit(shapeBucket(seed));
}

/**
 * The sum of a word's feature weights (integers times `scale`, each rounded to 32 bits as
 * `dequantise` holds them), added in `wordFeatures`'s order, so the same number as summing what
 * it visits. The scorer's form of it: with no callback, the running sum stays in a register
 * (a closure's captured sum is boxed at every feature), some 35% less time a new word; `codes`
 * (PADDED_LETTERS long) is the caller's scratch room, so a word allocates nothing.
 * @example wordWeight('deploy', 'deploy', model.weights.values, model.weights.scale, new Int32Array(PADDED_LETTERS))
 */
export function wordWeight(raw: string, lower: string, values: Int16Array, scale: number, codes: Int32Array): number {
  let total = 0;
  total += Math.fround((values[formBucket(lower)] as number) * scale);
  const length = paddedCodes(lower, codes);
  for (let size = NGRAM_MIN; size <= NGRAM_MAX; size += 1) {
    for (let from = 0; from + size <= length; from += 1) total += Math.fround((values[bucket(gramHash(codes, from, size))] as number) * scale);
  }
  if (plainWord(raw)) return total;
  // An indexed loop, no destructuring: a for-of over pairs is two iterators, many times the code for V8 to compile.
  for (let index = 0; index < SHAPES.length; index += 1) {
    const shape = SHAPES[index] as [RegExp, number];
    if (shape[0].test(raw)) total += Math.fround((values[shapeBucket(shape[1])] as number) * scale);
  }
  return total;
}

/** The bucket of the bigram of two neighbouring words. */
export function bigramFeature(left: LearnedToken, right: LearnedToken): number {
  return bigramOf(left.hash, right.hash);
}

/** The bucket of the bigram of two neighbouring words, from their word hashes. */
export function bigramOf(leftHash: number, rightHash: number): number {
  return bucket(Math.imul(leftHash, 31) ^ rightHash ^ 0x5bd1e995);
}
