/**
 * Splits task text into tokens with their offsets. Words are lower-cased and stemmed for
 * matching; URLs, e-mail addresses and file paths stay whole so nothing inside them reads as
 * a word (a folder called "workspace" is not a VS Code workspace);
 * punctuation is kept as tokens because clause boundaries bound phrases and negation.
 */
import { stem } from './stem.js';

export type Boundary = 'none' | 'soft' | 'hard';

export interface Token {
  readonly kind: 'word' | 'url' | 'email' | 'path' | 'punct';
  /** The text as written. */
  readonly raw: string;
  /** Lower case, curly quotes straightened, possessive `'s` dropped. */
  readonly norm: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  /** For punctuation: whether it ends a clause (hard) or only a phrase (soft). */
  readonly boundary: Boundary;
}

// One alternation, tried left to right: URL, e-mail, special language names, words, punctuation.
const TOKEN_PATTERN =
  /(?<url>\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+)|(?<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)|(?<path>(?<![\w)\]])(?:~|\.{1,2})?\/[\w.@+%-]+(?:\/[\w.@+%-]*)*|\b[\w.-]+(?:\/[\w.@+%-]+){2,})|(?<word>\b[cCfF](?:\+\+|#)|[\p{L}\p{N}_]+(?:['’.][\p{L}\p{N}_]+)*)|(?<punct>\s[-–—]+\s|[–—]|[.;!?,()[\]{}"“”\n]|:(?!\d)|\s-\s)/gu;

/** The same without URLs, e-mail addresses and paths, for the many texts that cannot hold one. */
const PLAIN_TOKEN_PATTERN =
  /(?<word>\b[cCfF](?:\+\+|#)|[\p{L}\p{N}_]+(?:['’.][\p{L}\p{N}_]+)*)|(?<punct>\s[-–—]+\s|[–—]|[.;!?,()[\]{}"“”\n]|:(?!\d)|\s-\s)/gu;

/** URLs need "://" or "www.", e-mail addresses "@", paths "/": without them the plain pattern is exact. */
function mayHoldLinksOrPaths(text: string): boolean {
  return text.includes('/') || text.includes('@') || text.includes('www.');
}

const HARD = new Set(['.', ';', ':', '!', '?', '\n', '(', ')', '[', ']', '{', '}']);

/** Normalised form and matching key per written word: text repeats words, and stemming is the costly part. */
const WORD_KEYS = new Map<string, { readonly norm: string; readonly key: string }>();
/** Bound on the memo, so a long-running process over unbounded input keeps flat memory. */
const WORD_KEYS_LIMIT = 50_000;

function keysOf(raw: string): { readonly norm: string; readonly key: string } {
  let keys = WORD_KEYS.get(raw);
  if (keys === undefined) {
    const norm = normalise(raw);
    // Dotted names and numbers (node.js, v2.3.0, README.md) are matched as written.
    keys = { norm, key: /[.\d]/.test(norm) ? norm : stem(norm) };
    if (WORD_KEYS.size >= WORD_KEYS_LIMIT) WORD_KEYS.clear();
    WORD_KEYS.set(raw, keys);
  }
  return keys;
}

function normalise(raw: string): string {
  const lower = raw.toLowerCase().replaceAll('’', "'");
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

function punctuationBoundary(raw: string): Boundary {
  const mark = raw.trim();
  if (mark === '' || HARD.has(mark) || /^[-–—]+$/.test(mark)) return mark === ',' ? 'soft' : 'hard';
  return 'soft';
}

/** @example tokenize("Don't deploy").map((t) => t.norm) // ["don't", 'deploy'] */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = mayHoldLinksOrPaths(text) ? TOKEN_PATTERN : PLAIN_TOKEN_PATTERN;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const start = match.index;
    const groups = match.groups ?? {};
    if (groups['url'] !== undefined || groups['email'] !== undefined || groups['path'] !== undefined) {
      const kind = groups['url'] !== undefined ? 'url' : groups['email'] !== undefined ? 'email' : 'path';
      // A URL or path often ends a sentence: its trailing full stop or comma is punctuation.
      const trimmed = raw.replace(/[.,;:!?]+$/, '');
      const end = start + trimmed.length;
      tokens.push({ kind, raw: trimmed, norm: kind, stem: kind, start, end, boundary: 'none' });
      if (trimmed.length < raw.length) {
        const mark = raw[trimmed.length] as string;
        tokens.push({ kind: 'punct', raw: mark, norm: mark, stem: mark, start: end, end: end + 1, boundary: punctuationBoundary(mark) });
      }
      continue;
    }
    if (groups['word'] !== undefined) {
      const { norm, key } = keysOf(raw);
      tokens.push({ kind: 'word', raw, norm, stem: key, start, end: start + raw.length, boundary: 'none' });
      continue;
    }
    // A dash between spaces is trimmed to the dash; a line break is its own mark.
    const mark = raw.trim() || raw;
    const markStart = start + raw.indexOf(mark);
    tokens.push({
      kind: 'punct',
      raw: mark,
      norm: mark,
      stem: mark,
      start: markStart,
      end: markStart + mark.length,
      boundary: punctuationBoundary(raw),
    });
  }
  return tokens;
}
