/**
 * Quoted stretches of a task: titles, names, messages to type ("create an issue titled
 * 'Improve logging'", "reply with 'Closing as stale'"). Their words name things; they do not
 * say what kind of work the task is, so phrase matches inside them count for less.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How much a phrase inside quotes counts, relative to the same phrase outside them. */
export const QUOTED_WEIGHT = 0.3;

/** The longest quoted stretch, in UTF-16 code units between the marks. */
const MAX_QUOTED = 200;

/** Opening marks and the mark that closes each. */
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function letterOrDigitAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

function letterOrDigitBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return letterOrDigitAt(text, start);
}

/**
 * The next index of `char` at or after `from`, for `from`s that only grow: each call goes on from
 * where the last one stopped, so finding every closing mark of a text reads it once.
 */
function forwardSearch(text: string, char: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(char, from);
    return found;
  };
}

/** A mark that can open a quoted stretch; found by the regex engine's own scan, which is faster than a test at every character. */
const OPENING_MARK = /["'\u201c\u2018]/g;

/**
 * Straight or curly double quotes, curly single quotes, and straight single quotes where no
 * letter or digit touches them on the outside (so "it's Sam's turn" holds no quote). A stretch
 * holds 1 to 200 characters and no line break. One pass, whatever the marks.
 * @example quotedSpans('an issue titled "Fix it"') // [{ start: 16, end: 24 }]
 */
export function quotedSpans(text: string): Span[] {
  if (!text.includes('"') && !text.includes("'") && !text.includes('“') && !text.includes('‘')) return [];
  const spans: Span[] = [];
  const closers = new Map(Object.values(CLOSING).map((mark) => [mark, forwardSearch(text, mark)]));
  const lineBreak = forwardSearch(text, '\n');
  OPENING_MARK.lastIndex = 0;
  for (let found = OPENING_MARK.exec(text); found !== null; found = OPENING_MARK.exec(text)) {
    const at = found.index;
    const code = text.charCodeAt(at);
    const closing = CLOSING[text[at] as string] as string;
    if (code === 39 && letterOrDigitBefore(text, at)) continue;
    const close = (closers.get(closing) as (from: number) => number)(at + 1);
    const breakAt = lineBreak(at + 1);
    const inside = close - at - 1;
    const fits = close > at && inside >= 1 && inside <= MAX_QUOTED && (breakAt === -1 || breakAt > close);
    if (fits && !(closing === "'" && letterOrDigitAt(text, close + 1))) {
      spans.push({ start: at, end: close + 1 });
      OPENING_MARK.lastIndex = close + 1;
    }
  }
  return spans;
}
