/**
 * Splits task text into tokens with their offsets. Words are lower-cased and stemmed for
 * matching; URLs, e-mail addresses and file paths stay whole so nothing inside them reads as
 * a word (a folder called "workspace" is not a VS Code workspace);
 * punctuation is kept as tokens because clause boundaries bound phrases and negation.
 */
import { scan } from './scan.js';
import { stem } from './stem.js';
import { createWordTable } from './word-ids.js';
import type { WordTable } from './word-ids.js';

export type Boundary = 'none' | 'soft' | 'hard';

export interface Token {
  readonly kind: 'word' | 'url' | 'email' | 'path' | 'punct';
  /** The text as written. */
  readonly raw: string;
  /** Lower case, curly quotes straightened, possessive `'s` dropped. */
  readonly norm: string;
  readonly stem: string;
  /** The stem's id (see word-ids.ts); -1 for anything but a word. */
  readonly id: number;
  readonly start: number;
  readonly end: number;
  /** For punctuation: whether it ends a clause (hard) or only a phrase (soft). */
  readonly boundary: Boundary;
  /** For a word: the closed word classes it belongs to, as `WORD_CLASS` bits (0 for anything else). */
  readonly classes: number;
  /** For a word: its written form's number in the word table (see `WordKeys.spelling`); -1 for anything else. */
  readonly spelling: number;
}

/** URLs need "://" or "www.", e-mail addresses "@", paths "/": without them the scanner skips those kinds. */
function mayHoldLinksOrPaths(text: string): boolean {
  return text.includes('/') || text.includes('@') || text.includes('www.');
}

const HARD = new Set(['.', ';', ':', '!', '?', '\n', '(', ')', '[', ']', '{', '}']);

/** A written word's normalised form and matching key (memoised per word table). */
function deriveKeys(raw: string): { norm: string; key: string } {
  const norm = normalise(raw);
  // Dotted names and numbers (node.js, v2.3.0, README.md) are matched as written.
  return { norm, key: /[.\d]/.test(norm) ? norm : stem(norm) };
}

function normalise(raw: string): string {
  const lower = raw.toLowerCase().replaceAll('’', "'");
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** Where the run of sentence marks that ends `raw` starts (a hand loop: a regex anchored at the end is tried at every mark). */
function trailingMarksStart(raw: string): number {
  let end = raw.length;
  while (end > 0 && SENTENCE_MARKS.has(raw[end - 1] as string)) end -= 1;
  return end;
}

const SENTENCE_MARKS = new Set(['.', ',', ';', ':', '!', '?']);

function punctuationBoundary(raw: string): Boundary {
  const mark = raw.trim();
  if (mark === '' || HARD.has(mark) || /^[-–—]+$/.test(mark)) return mark === ',' ? 'soft' : 'hard';
  return 'soft';
}


/** The boundary of each one-character mark the scanner emits. */
const SINGLE_MARK_BOUNDARY = new Map<string, Boundary>(
  ['.', ';', '!', '?', ',', '(', ')', '[', ']', '{', '}', '"', '“', '”', '\n', '–', '—', "'", '‘', '’', '`', ':'].map((mark) => [mark, punctuationBoundary(mark)]),
);

/** Index of the first token that ends after `offset` (binary search), or -1 when none does. */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).end > offset) high = middle;
    else low = middle + 1;
  }
  return low < tokens.length ? low : -1;
}

/**
 * Splits `text` into tokens; word ids come from `words` (the lexicon's table, so ids match its
 * keys; a fresh table when ids do not matter).
 * @example tokenize("Don't deploy").map((t) => t.norm) // ["don't", 'deploy']
 */
export function tokenize(text: string, words: WordTable = createWordTable()): Token[] {
  const tokens: Token[] = [];
  scan(text, mayHoldLinksOrPaths(text), (kind, start, end) => {
    const raw = text.slice(start, end);
    if (kind === 'word') {
      const { norm, key, id, classes, spelling } = words.keysOf(raw, deriveKeys);
      tokens.push({ kind, raw, norm, stem: key, id, start, end, boundary: 'none', classes, spelling });
      return;
    }
    if (kind !== 'punct') {
      // A URL or path often ends a sentence: its trailing full stop or comma is punctuation.
      const trimmed = raw.slice(0, trailingMarksStart(raw));
      const cut = start + trimmed.length;
      tokens.push({ kind, raw: trimmed, norm: kind, stem: kind, id: -1, start, end: cut, boundary: 'none', classes: 0, spelling: -1 });
      if (cut < end) {
        const mark = raw[trimmed.length] as string;
        tokens.push({ kind: 'punct', raw: mark, norm: mark, stem: mark, id: -1, start: cut, end: cut + 1, boundary: punctuationBoundary(mark), classes: 0, spelling: -1 });
      }
      return;
    }
    // Most marks are one character: their boundary is known in advance.
    const single = end - start === 1 ? SINGLE_MARK_BOUNDARY.get(raw) : undefined;
    if (single !== undefined) {
      tokens.push({ kind, raw, norm: raw, stem: raw, id: -1, start, end, boundary: single, classes: 0, spelling: -1 });
      return;
    }
    // A dash between spaces is trimmed to the dash; a line break is its own mark.
    const mark = raw.trim() || raw;
    const markStart = start + raw.indexOf(mark);
    tokens.push({ kind, raw: mark, norm: mark, stem: mark, id: -1, start: markStart, end: markStart + mark.length, boundary: punctuationBoundary(raw), classes: 0, spelling: -1 });
  });
  return tokens;
}
