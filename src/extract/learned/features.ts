/**
 * Text to hashed features for the learned signal, each feature tied to the word it came from so
 * that its weight can be shown as evidence. A content word gives its lower-cased form, character
 * 3- to 5-grams of it (so unseen inflections and compounds still weigh), and a few shape marks
 * (path, dotted name, flag, identifier case); each pair of neighbouring content words gives a
 * bigram whose weight is split between the two. English function words ("can", "you", "the")
 * give nothing: how a request is phrased says who typed it, not what the work is.
 * Pure: the same text always gives the same features.
 */

/** Bits of the hashed feature space: 2^18 weights. */
export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/**
 * Characters that end a word; apostrophes and dots stay inside ("don't", "config.yaml"), and so
 * does a zero-width no-break space (JavaScript counts it as white space; in text it is invisible).
 */
const WORD = /(?:[^\s"“”‘`()[\]{}<>,;!?|]|\ufeff)+/g;
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
function fnv(text: string, from: number, to: number, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = from; index < to; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Final mixing so nearby hashes spread over the table. */
function bucket(hash: number): number {
  let mixed = hash ^ (hash >>> 16);
  mixed = Math.imul(mixed, 0x45d9f3b);
  mixed ^= mixed >>> 16;
  return mixed & MASK;
}

/** Strips punctuation that only closes a sentence or a clause ("files." → "files"). */
function trimmedEnd(text: string, start: number, end: number): number {
  let right = end;
  while (right > start + 1 && /[.:'’]/.test(text[right - 1] as string)) right -= 1;
  return right;
}

/**
 * The content words of a text with their offsets (function words left out).
 * @example learnedTokens('Fix the bug.').map((token) => token.raw) // ['Fix', 'bug']
 */
export function learnedTokens(text: string): LearnedToken[] {
  const tokens: LearnedToken[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let start = match.index;
    while (start < match.index + match[0].length - 1 && /['’:.]/.test(text[start] as string)) start += 1;
    const end = trimmedEnd(text, start, match.index + match[0].length);
    const raw = text.slice(start, end);
    const lower = plainLower(raw);
    if (FUNCTION_WORDS.has(lower.replace('’', "'"))) continue;
    tokens.push({ start, end, raw, hash: fnv(lower, 0, lower.length, 1) });
  }
  return tokens;
}

const SHAPES: readonly [RegExp, number][] = [
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
 * Calls `visit` with the bucket of every feature a single word gives (not its bigrams).
 * @example wordFeatures('deploy', (index) => seen.push(index))
 */
export function wordFeatures(raw: string, visit: (index: number) => void): void {
  const lower = plainLower(raw);
  visit(bucket(fnv(lower, 0, lower.length, 1) ^ 0x9e3779b9));
  // The word with boundary marks, cut to its first letters: "<deploy>".
  const padded = `<${lower.length > CHAR_LIMIT ? lower.slice(0, CHAR_LIMIT) : lower}>`;
  for (let size = NGRAM_MIN; size <= NGRAM_MAX; size += 1) {
    for (let from = 0; from + size <= padded.length; from += 1) visit(bucket(fnv(padded, from, from + size, size)));
  }
  for (const [shape, seed] of SHAPES) if (shape.test(raw)) visit(bucket(Math.imul(seed, 0x27d4eb2d)));
}

/** The bucket of the bigram of two neighbouring words. */
export function bigramFeature(left: LearnedToken, right: LearnedToken): number {
  return bucket(Math.imul(left.hash, 31) ^ right.hash ^ 0x5bd1e995);
}
