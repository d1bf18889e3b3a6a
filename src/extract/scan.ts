/**
 * A hand-written scanner for the tokenizer: the same tokens as one big alternation regex
 * (URL, e-mail, path, word, punctuation, tried in that order at each position), at a fraction
 * of the cost, since it runs over every character of every task.
 */
import { isSpace } from './chars.js';

export type RawKind = 'url' | 'email' | 'path' | 'word' | 'punct';

/** Receives each token as it is found: no intermediate objects on this hot path. */
export type Emit = (kind: RawKind, start: number, end: number) => void;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `\w` of a regex without the u+i flags: ASCII letters, digits and underscore. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** `[\p{L}\p{N}_]`, with an ASCII fast path. */
function isWordPart(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isWordChar(code);
  return LETTER_OR_DIGIT.test(text[index] as string);
}

const isDash = (code: number): boolean => code === 45 || code === 0x2013 || code === 0x2014;
/** Characters of a path segment: `[\w.@+%-]`. */
const isPathChar = (code: number): boolean => isWordChar(code) || code === 46 || code === 64 || code === 43 || code === 37 || code === 45;
/** `[\w.-]`. */
const isDottedChar = (code: number): boolean => isWordChar(code) || code === 46 || code === 45;
/** `[\w-]`. */
const isHostChar = (code: number): boolean => isWordChar(code) || code === 45;

// Quote marks that stand alone (not an apostrophe inside a word) are marks too: a quoted title
// is a phrase of its own, and vocabulary phrases never run across its edges.
const PUNCTUATION = new Set(['.', ';', '!', '?', ',', '(', ')', '[', ']', '{', '}', '"', '“', '”', '\n', '–', '—', "'", '‘', '’', '`']);
/** Characters that end a URL: `[\s<>"'`)\]]`. */
const URL_STOP = new Set(['<', '>', '"', "'", '`', ')', ']']);

function wordBoundaryBefore(text: string, index: number): boolean {
  return index === 0 || !isWordChar(text.charCodeAt(index - 1));
}

function scanUrl(text: string, at: number): number {
  if (!wordBoundaryBefore(text, at)) return -1;
  const lead = text.startsWith('https://', at) ? 8 : text.startsWith('http://', at) ? 7 : text.startsWith('www.', at) ? 4 : 0;
  if (lead === 0) return -1;
  let end = at + lead;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && !URL_STOP.has(text[end] as string)) end += 1;
  return end > at + lead ? end : -1;
}

/** The end of an e-mail address whose "@" is at `atSign` (the host part decides it), or -1. */
function scanEmailHost(text: string, atSign: number): number {
  let index = atSign + 1;
  const hostStart = index;
  while (index < text.length && isHostChar(text.charCodeAt(index))) index += 1;
  if (index === hostStart) return -1;
  let end = -1;
  while (text[index] === '.' && isHostChar(text.charCodeAt(index + 1))) {
    const segment = index + 1;
    index = segment;
    while (index < text.length && isHostChar(text.charCodeAt(index))) index += 1;
    // The address ends at the last word boundary of the segment ("a.b-" ends after the "b").
    for (let cut = index; cut > segment; cut -= 1) {
      if (isWordChar(text.charCodeAt(cut - 1)) && !isWordChar(text.charCodeAt(cut))) {
        end = cut;
        break;
      }
    }
  }
  return end;
}

/** `(?<![\w)\]])(?:~|\.{1,2})?\/[\w.@+%-]+(?:\/[\w.@+%-]*)*` */
function scanRootedPath(text: string, at: number): number {
  const before = text.charCodeAt(at - 1);
  if (at > 0 && (isWordChar(before) || before === 41 || before === 93)) return -1;
  let index = at;
  if (text[index] === '~') index += 1;
  else if (text.startsWith('../', index)) index += 2;
  else if (text.startsWith('./', index)) index += 1;
  if (text[index] !== '/') return -1;
  index += 1;
  const first = index;
  while (index < text.length && isPathChar(text.charCodeAt(index))) index += 1;
  if (index === first) return -1;
  while (text[index] === '/') {
    index += 1;
    while (index < text.length && isPathChar(text.charCodeAt(index))) index += 1;
  }
  return index;
}

/** The end of `(?:\/[\w.@+%-]+){2,}` from `slash`, or -1: the tail of a relative path. */
function scanPathSegments(text: string, slash: number): number {
  let index = slash;
  let segments = 0;
  while (text[index] === '/' && isPathChar(text.charCodeAt(index + 1))) {
    index += 1;
    while (index < text.length && isPathChar(text.charCodeAt(index))) index += 1;
    segments += 1;
  }
  return segments >= 2 ? index : -1;
}

/** `\b[cCfFgG]\+\+`, `\b[cCfF]#` or `[\p{L}\p{N}_]+(?:['’.][\p{L}\p{N}_]+)*` */
function scanWord(text: string, at: number): number {
  const lead = text[at];
  if ((lead === 'c' || lead === 'C' || lead === 'f' || lead === 'F' || lead === 'g' || lead === 'G') && wordBoundaryBefore(text, at)) {
    if (text.startsWith('++', at + 1)) return at + 3;
    if (text[at + 1] === '#' && lead !== 'g' && lead !== 'G') return at + 2;
  }
  if (!isWordPart(text, at)) return -1;
  let index = at + 1;
  for (;;) {
    while (index < text.length && isWordPart(text, index)) index += 1;
    const joiner = text[index];
    if ((joiner === "'" || joiner === '’' || joiner === '.') && index + 1 < text.length && isWordPart(text, index + 1)) {
      index += 1;
      continue;
    }
    return index;
  }
}

/** `\s[-–—]+\s`, a lone mark, or `:` not before a digit. Returns [start, end] of the match or null. */
function scanPunctuation(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isSpace(code)) {
    let index = at + 1;
    while (index < text.length && isDash(text.charCodeAt(index))) index += 1;
    if (index > at + 1 && index < text.length && isSpace(text.charCodeAt(index))) return index + 1;
    return code === 10 ? at + 1 : -1;
  }
  const char = text[at] as string;
  if (PUNCTUATION.has(char)) return at + 1;
  if (char === ':') {
    const next = text.charCodeAt(at + 1);
    return next >= 48 && next <= 57 ? -1 : at + 1;
  }
  return -1;
}

/**
 * A run of `[\w.+-]` characters and what it leads to. An e-mail address or a relative path shows
 * itself by the "@" or "/" right after such a run, and what follows is the same for every start
 * inside the run: worked out once per run, so a long run is not read again from each of its words.
 */
interface LinkRun {
  from: number;
  end: number;
  /** The last "+" in the run (a relative path may not hold one), or -1. */
  lastPlus: number;
  /** The address's or the path's end after the run, -1 when there is none, -2 before it is worked out. */
  tail: number;
}

/**
 * Scans the text into raw tokens. `links` turns on URLs, e-mail addresses and paths: the caller
 * passes false when the text holds no "/", "@" or "www.", where none can occur. Linear in the
 * text: every scan either consumes what it reads or reads a bounded amount.
 */
export function scan(text: string, links: boolean, emit: Emit): void {
  const length = text.length;
  const run: LinkRun = { from: -1, end: -1, lastPlus: -1, tail: -2 };
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    // Spaces: only a dash between spaces or a line break is a token; skip the rest fast.
    if (code === 32) {
      if (isDash(text.charCodeAt(at + 1))) {
        const end = scanPunctuation(text, at);
        if (end > at) {
          emit('punct', at, end);
          at = end;
          continue;
        }
      }
      at += 1;
      continue;
    }
    if (links && (code === 104 || code === 119 || code === 47 || code === 126 || code === 46 || isWordChar(code))) {
      const end = scanLink(text, at, emit, run);
      if (end > at) {
        at = end;
        continue;
      }
    }
    let end = scanWord(text, at);
    if (end > at) {
      emit('word', at, end);
      at = end;
      continue;
    }
    end = scanPunctuation(text, at);
    if (end > at) {
      emit('punct', at, end);
      at = end;
      continue;
    }
    at += 1;
  }
}

/** Tries URL, e-mail and the two path shapes at `at`, in that order; pushes and returns the end, or -1. */
function scanLink(text: string, at: number, emit: Emit, run: LinkRun): number {
  const code = text.charCodeAt(at);
  let end = code === 104 || code === 119 ? scanUrl(text, at) : -1;
  if (end > at) {
    emit('url', at, end);
    return end;
  }
  if (isWordChar(code)) {
    if (at < run.from || at >= run.end) readRun(text, at, run);
    const next = text.charCodeAt(run.end);
    if (next !== 64 && next !== 47) return -1;
    if (!wordBoundaryBefore(text, at)) return -1;
    if (run.tail === -2) run.tail = next === 64 ? scanEmailHost(text, run.end) : scanPathSegments(text, run.end);
    if (run.tail < 0 || (next === 47 && run.lastPlus >= at)) return -1;
    emit(next === 64 ? 'email' : 'path', at, run.tail);
    return run.tail;
  }
  end = scanRootedPath(text, at);
  if (end > at) emit('path', at, end);
  return end;
}

/** Reads the run of `[\w.+-]` characters from `at` into `run`. */
function readRun(text: string, at: number, run: LinkRun): void {
  let index = at;
  let lastPlus = -1;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 43) lastPlus = index;
    else if (!isDottedChar(code)) break;
  }
  run.from = at;
  run.end = index;
  run.lastPlus = lastPlus;
  run.tail = -2;
}
