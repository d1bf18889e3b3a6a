/**
 * Splits a task into pieces of work that could be routed on their own: sentences, clauses after
 * a semicolon, and steps joined by "then" / "after that" / ", and <verb>". Each piece says how it
 * is joined to the one before, since some joints mark a new step of work and others do not.
 */
import type { Evidence } from '../core/types.js';
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
 * quadratic time. (A literal, so the ReDoS test reads it.)
 */
const BOUNDARY =
  /[.!?](?=\s+[A-Z"“(])|[.!?]?\n+|;\s*|,?(?<!\s)\s+and then\s+|,\s*then\s+|(?<!\s)\s+then\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)|,?(?<!\s)\s+after that,?\s+|,?(?<!\s)\s+(?:and\s+)?afterwards,?\s+|,\s+and\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)/g;

const CONNECTIVE = /^(?:and|then|also|finally|next|afterwards|after that)[,\s]+/i;
/** A connective that orders steps (a bare "and" does not). */
const SEQUENCE_WORD = /\b(?:then|also|finally|next|afterwards|after that)\b/i;
/** A list marker opening a line ("2. ", "3) ", "- "). */
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-*•])\s+/;

/** What a boundary's own characters say about the joint; a leading connective or list marker can still raise it. */
function jointOf(boundary: string): Joint {
  if (SEQUENCE_WORD.test(boundary)) return 'sequence';
  if (boundary.includes(';')) return 'semicolon';
  if (boundary.includes('\n')) return 'line';
  if (/[.!?]/.test(boundary)) return 'sentence';
  return 'and';
}

/**
 * @param quoted the text's quoted stretches, when the caller has them already
 * @returns the pieces, each trimmed and with its offsets into `text`; one piece when nothing splits.
 */
export function segment(text: string, quoted: readonly Span[] = quotedSpans(text)): Piece[] {
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
    while (left < right && /\s/.test(text[left] as string)) left += 1;
    while (right > left && /[\s.,;:!?]/.test(text[right - 1] as string)) right -= 1;
    const marker = LIST_MARKER.exec(text.slice(left, right));
    if (marker) {
      left += marker[0].length;
      if (kind !== 'start') kind = 'list';
    }
    const lead = CONNECTIVE.exec(text.slice(left, right));
    if (lead) {
      left += lead[0].length;
      if (kind !== 'start' && SEQUENCE_WORD.test(lead[0])) kind = 'sequence';
    }
    // A list number left on its own ("1" before "1. Fix ...") is not a piece of work.
    const content = text.slice(left, right);
    if (right > left && /\p{L}/u.test(content)) pieces.push({ text: content, start: left, end: right, joint: pieces.length === 0 ? 'start' : kind });
    else listNumber = /^\d{1,2}$/.test(content);
  };
  // A boundary inside quotes is part of what is quoted ("type 'echo hi; exit'"), not a joint between steps.
  let quote = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    while (quote < quoted.length && (quoted[quote] as { end: number }).end <= match.index) quote += 1;
    const inside = quoted[quote];
    if (inside && inside.start < match.index) continue;
    push(from, match.index);
    from = match.index + match[0].length;
    joint = jointOf(match[0]);
  }
  push(from, text.length);
  return pieces;
}
