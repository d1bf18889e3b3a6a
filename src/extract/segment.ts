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
 * quadratic time. (A literal, so the ReDoS test reads it.)
 */
const BOUNDARY =
  /[.!?](?=\s+[A-Z"“(])|[.!?]?\n+|;\s*|,?(?<!\s)\s+and then\s+|,\s*then\s+|(?<!\s)\s+then\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)|,?(?<!\s)\s+after that,?\s+|,?(?<!\s)\s+(?:and\s+)?afterwards,?\s+|,\s+and\s+(?=(?:write|draft|put|make|create|build|prepare|send|email|e-mail|post|share|fix|update|add|run|deploy|schedule|compile|summari[sz]e|book|organi[sz]e|clean|turn|set|generate|review|analy[sz]e|publish|upload|download|install|open|merge|push|refactor|test|design|format|translate|reply|respond|notify|tell|message|invite|record|present|file|rename|move|copy|export|import|migrate|train|implement|document|chart|plot)\b)/g;

const CONNECTIVE = /^(?:and|then|also|finally|next|afterwards|after that)[,\s]+/i;
/** A list marker opening a line ("2. ", "3) ", "- "). */
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-*•])\s+/;

/** @returns the pieces, each trimmed and with its offsets into `text`; one piece when nothing splits. */
export function segment(text: string): Evidence[] {
  const pieces: Evidence[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    let left = start;
    let right = end;
    while (left < right && /\s/.test(text[left] as string)) left += 1;
    while (right > left && /[\s.,;:!?]/.test(text[right - 1] as string)) right -= 1;
    const marker = LIST_MARKER.exec(text.slice(left, right));
    if (marker) left += marker[0].length;
    const lead = CONNECTIVE.exec(text.slice(left, right));
    if (lead) left += lead[0].length;
    // A list number left on its own ("1" before "1. Fix ...") is not a piece of work.
    if (right > left && /\p{L}/u.test(text.slice(left, right))) pieces.push({ text: text.slice(left, right), start: left, end: right });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return pieces;
}
