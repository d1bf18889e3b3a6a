/**
 * Splits a task into pieces of work that could be routed on their own: sentences, clauses after
 * a semicolon, and steps joined by "then" / "after that" / ", and <verb>". Each piece says how it
 * is joined to the one before, since some joints mark a new step of work and others do not.
 */
import type { Evidence } from '../core/types.js';
import { isSpace } from './chars.js';
import { quotedSpans } from './quotes.js';
import type { Span } from './quotes.js';

/**
 * How a piece is joined to the piece before it: `start` (the first piece), `sentence` (a bare
 * sentence break), `line` (a new line), `list` (a numbered or bulleted line), `semicolon`,
 * `sequence` ("then", "after that", "afterwards", "next", "finally", "also") or `and` (", and <verb>").
 */
export type Joint = 'start' | 'sentence' | 'line' | 'list' | 'semicolon' | 'sequence' | 'and';

/** A piece of a task and how it is joined to the one before. */
export interface Piece extends Evidence {
  readonly joint: Joint;
}

/**
 * Whether a joint marks a step of its own: a word of sequence, a semicolon or a list item. A
 * bare sentence break or new line often goes on about the same work ("The file is in /app.").
 * @example marksStep('sequence') // true
 */
export function marksStep(joint: Joint): boolean {
  return joint === 'sequence' || joint === 'semicolon' || joint === 'list';
}

/**
 * Where one piece ends and the next begins: sentences, semicolons, "then", "after that", and
 * ", and" before one of the verbs that open a new step of work. Case matters: a sentence starts
 * with a capital ("e.g. the logs" is not a new sentence). A run of white space is entered only
 * at its first character (`(?<!\s)`): tried from every character of a long run, it took
 * quadratic time. (A literal, so the ReDoS test reads it.) Searched for, not tried at each
 * character by hand: the regex engine's scan skips every character no branch can start with.
 */
export const BOUNDARY =
  /[.!?](?=\s+[A-Z"“(])|[.!?]?\n+|;\s*|,?(?<!\s)\s+and then\s+|,\s*then\s+|(?<!\s)\s+then\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)|,?(?<!\s)\s+after that,?\s+|,?(?<!\s)\s+(?:and\s+)?afterwards,?\s+|,\s+and\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)/g;

/** A connective opening a piece ("and then ...", "finally, ..."). Sticky: tried at the piece's start. */
const CONNECTIVE = /(?:and|then|also|finally|next|afterwards|after that)[,\s]+/iy;
/** A connective that orders steps (a bare "and" does not). */
const SEQUENCE_WORD = /\b(?:then|also|finally|next|afterwards|after that)\b/i;
/** A list marker opening a line ("2. ", "3) ", "- "). Sticky, as above. */
const LIST_MARKER = /(?:\d{1,2}[.)]|[-*•])\s+/y;
/** One letter of any script, tried on a single character (or surrogate pair). */
const LETTER = /^\p{L}$/u;

/** Marks that end a piece's text when trailing: white space and `.,;:!?`. */
function isTrailing(code: number): boolean {
  return isSpace(code) || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
}

/** The length of a sticky pattern's match at `from` if it ends inside the piece (by `to`), else -1 (`test`: no match object). */
function stickyLength(pattern: RegExp, text: string, from: number, to: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) && pattern.lastIndex <= to ? pattern.lastIndex - from : -1;
}

/** Whether text[from, to) holds a letter (a list number left on its own is no piece). */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return true;
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && index + 1 < to ? 2 : 1;
    if (LETTER.test(text.slice(index, index + wide))) return true;
    index += wide - 1;
  }
  return false;
}

/**
 * What a boundary's own characters say about the joint; a leading connective or list marker can
 * still raise it. A BOUNDARY match holds no words but "and", "then", "after that" and
 * "afterwards", all in lower case (the pattern is case-sensitive), so a plain search for "then"
 * and "after" finds its words of sequence.
 */
function jointOf(boundary: string): Joint {
  if (boundary.includes('then') || boundary.includes('after')) return 'sequence';
  if (boundary.includes(';')) return 'semicolon';
  if (boundary.includes('\n')) return 'line';
  if (boundary.includes('.') || boundary.includes('!') || boundary.includes('?')) return 'sentence';
  return 'and';
}

/** A sentence mark, white space and a capital letter: where BOUNDARY's first alternative always splits. */
const SURE_BREAK = /[.!?]\s+[A-Z]/g;
/** A text that opens with a letter (after any white space): its first piece starts there. */
const OPENS_WITH_LETTER = /^\s*[A-Za-z]/;

/**
 * Whether `segment(text, quoted)` surely gives more than `limit` pieces, told by counting the
 * places a piece surely starts, far fewer steps than segmenting: the text's opening letter, and
 * each sentence break before a capital letter outside quotes. Such a break is a boundary (the
 * scan reaches it, since no boundary holds a sentence mark past its first character, and
 * BOUNDARY's first alternative takes it), and what follows it starts a piece of its own (a
 * letter, which no list marker takes), unless a connective opens it ("Then, ..."), which the
 * count passes over. False when the task may have fewer.
 * @example surelyMorePieces('One. Two. Three.', [], 2) // true
 */
export function surelyMorePieces(text: string, quoted: readonly Span[], limit: number): boolean {
  const opening = OPENS_WITH_LETTER.exec(text);
  let count = opening !== null && !opensWithConnective(text, opening[0].length - 1) ? 1 : 0;
  let quote = 0;
  SURE_BREAK.lastIndex = 0;
  // `test`, not `exec`: no match object per break; the mark is the first character before the white space.
  while (count <= limit) {
    if (!SURE_BREAK.test(text)) return false;
    const capital = SURE_BREAK.lastIndex - 1;
    let mark = capital - 1;
    while (isSpace(text.charCodeAt(mark))) mark -= 1;
    while (quote < quoted.length && (quoted[quote] as Span).end <= mark) quote += 1;
    const inside = quoted[quote];
    if ((inside === undefined || inside.start >= mark) && !opensWithConnective(text, capital)) count += 1;
  }
  return true;
}

/** Whether CONNECTIVE matches at `at`: tried only on the first letters of its words (a, t, f, n, in either case). */
function opensWithConnective(text: string, at: number): boolean {
  const lower = text.charCodeAt(at) | 0x20;
  return (lower === 0x61 || lower === 0x74 || lower === 0x66 || lower === 0x6e) && stickyLength(CONNECTIVE, text, at, text.length) >= 0;
}

/**
 * @param quoted the text's quoted stretches, when the caller has them already
 * @param limit past this many pieces, stop: a caller that only routes a few pieces need not read the rest
 * @returns the pieces, each trimmed and with its offsets into `text`; one piece when nothing splits;
 *   with more than `limit`, the first `limit + 1` of them.
 */
export function segment(text: string, quoted: readonly Span[] = quotedSpans(text), limit = Number.POSITIVE_INFINITY): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let joint: Joint = 'start';
  // A list number split off on its own ("2" of "2. Fix ...") makes the next piece a list item.
  let listNumber = false;
  const push = (start: number, end: number): void => {
    let left = start;
    let right = end;
    let kind: Joint = listNumber ? 'list' : joint;
    listNumber = false;
    while (left < right && isSpace(text.charCodeAt(left))) left += 1;
    while (right > left && isTrailing(text.charCodeAt(right - 1))) right -= 1;
    const marker = stickyLength(LIST_MARKER, text, left, right);
    if (marker >= 0) {
      left += marker;
      if (kind !== 'start') kind = 'list';
    }
    const lead = stickyLength(CONNECTIVE, text, left, right);
    if (lead >= 0) {
      if (kind !== 'start' && SEQUENCE_WORD.test(text.slice(left, left + lead))) kind = 'sequence';
      left += lead;
    }
    // A list number left on its own ("1" before "1. Fix ...") is not a piece of work.
    if (right > left && hasLetter(text, left, right)) pieces.push({ text: text.slice(left, right), start: left, end: right, joint: pieces.length === 0 ? 'start' : kind });
    else listNumber = right - left <= 2 && /^\d{1,2}$/.test(text.slice(left, right));
  };
  // A boundary inside quotes is part of what is quoted ("type 'echo hi; exit'"), not a joint between steps.
  let quote = 0;
  // The regex engine's own scan finds each boundary (a match object per boundary, not per
  // character); the scan goes on after it, inside quotes or not.
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const index = match.index;
    while (quote < quoted.length && (quoted[quote] as { end: number }).end <= index) quote += 1;
    const inside = quoted[quote];
    if (!(inside && inside.start < index)) {
      push(from, index);
      if (pieces.length > limit) return pieces;
      from = index + match[0].length;
      joint = jointOf(match[0]);
    }
  }
  push(from, text.length);
  return pieces;
}
