/**
 * Splits a task into pieces of work that could be routed on their own: sentences, clauses after
 * a semicolon, and steps joined by "then" / "after that" / ", and <verb>".
 */
import type { Evidence } from '../core/types.js';

/**
 * Where one piece ends and the next begins: sentences, semicolons, "then", "after that", and
 * ", and" before one of the verbs that open a new step of work. Case matters: a sentence starts
 * with a capital ("e.g. the logs" is not a new sentence). A run of white space is entered only
 * at its first character (`(?<!\s)`): tried from every character of a long run, it took
 * quadratic time. (A literal, so the ReDoS test reads it.) Sticky: it is tried only where it can
 * start (see `mayStartBoundary`), not at every character.
 */
export const BOUNDARY =
  /[.!?](?=\s+[A-Z"“(])|[.!?]?\n+|;\s*|,?(?<!\s)\s+and then\s+|,\s*then\s+|(?<!\s)\s+then\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)|,?(?<!\s)\s+after that,?\s+|,?(?<!\s)\s+(?:and\s+)?afterwards,?\s+|,\s+and\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)/y;

/** A connective opening a piece ("and then ...", "finally, ..."). Sticky: tried at the piece's start. */
const CONNECTIVE = /(?:and|then|also|finally|next|afterwards|after that)[,\s]+/iy;
/** A list marker opening a line ("2. ", "3) ", "- "). Sticky, as above. */
const LIST_MARKER = /(?:\d{1,2}[.)]|[-*•])\s+/y;
/** One letter of any script, tried on a single character (or surrogate pair). */
const LETTER = /^\p{L}$/u;

/** White space as `\s` has it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Marks that end a piece's text when trailing: white space and `.,;:!?`. */
function isTrailing(code: number): boolean {
  return isSpace(code) || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
}

/** Whether the first character after the white space from `index` on is the "a" or "t" of and / then / after. */
function wordAfterSpaceMayJoin(text: string, index: number): boolean {
  let at = index;
  while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
  const code = text.charCodeAt(at);
  return code === 0x61 || code === 0x74;
}

/**
 * Whether BOUNDARY can match from `index`. Its branches begin with a sentence mark before white
 * space, a semicolon, a line break, or a comma or the first character of a run of white space
 * before "and", "then" or "after(wards)"; anywhere else it cannot match, so it is not tried.
 */
function mayStartBoundary(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x3b || code === 0x0a) return true;
  if (code === 0x2e || code === 0x21 || code === 0x3f) return index + 1 < text.length && isSpace(text.charCodeAt(index + 1));
  if (code === 0x2c) return wordAfterSpaceMayJoin(text, index + 1);
  return isSpace(code) && (index === 0 || !isSpace(text.charCodeAt(index - 1))) && wordAfterSpaceMayJoin(text, index);
}

/** The end of a sticky pattern's match at `from`, if it ends inside the piece (by `to`); else `from`. */
function skipped(pattern: RegExp, text: string, from: number, to: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match && from + match[0].length <= to ? from + match[0].length : from;
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

/** @returns the pieces, each trimmed and with its offsets into `text`; one piece when nothing splits. */
export function segment(text: string): Evidence[] {
  const pieces: Evidence[] = [];
  const push = (start: number, end: number): void => {
    let left = start;
    let right = end;
    while (left < right && isSpace(text.charCodeAt(left))) left += 1;
    while (right > left && isTrailing(text.charCodeAt(right - 1))) right -= 1;
    left = skipped(LIST_MARKER, text, left, right);
    left = skipped(CONNECTIVE, text, left, right);
    if (right > left && hasLetter(text, left, right)) pieces.push({ text: text.slice(left, right), start: left, end: right });
  };
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (!mayStartBoundary(text, index)) continue;
    BOUNDARY.lastIndex = index;
    const match = BOUNDARY.exec(text);
    if (!match) continue;
    push(from, index);
    from = index + match[0].length;
    index = from - 1;
  }
  push(from, text.length);
  return pieces;
}
