/**
 * Two looks at a JSON line's text that JSON.parse cannot give: how deep it nests (checked
 * before parsing, so a line of a million brackets costs a scan, not a parse), and the exact text
 * of its top-level `id` (a number outside the safe range loses digits once parsed).
 */

/** Nesting deeper than this is an error on its line; a decision input needs three levels. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index just past the JSON string that opens at `at` (or the text's end, if unclosed). */
function stringEnd(text: string, at: number): number {
  let index = at + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index += 2;
    else if (code === QUOTE) return index + 1;
    else index += 1;
  }
  return text.length;
}

/**
 * Whether arrays and objects nest deeper than `limit` anywhere in `text` (brackets inside strings
 * do not count). One pass, stopping at the first level too many.
 * @example nestsDeeperThan('[[[1]]]', 2) // true
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  // Fewer opening brackets than the limit cannot nest past it: counted natively, this settles
  // almost every line without the character loop below.
  if (countUpTo(text, '[', limit + 1) + countUpTo(text, '{', limit + 1) <= limit) return false;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) index = stringEnd(text, index) - 1;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

/** How often `char` occurs in `text`, counting no further than `most`. */
function countUpTo(text: string, char: string, most: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1 && count < most; at = text.indexOf(char, at + 1)) count += 1;
  return count;
}

function skipSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) break;
    index += 1;
  }
  return index;
}

/** The index just past the JSON value that starts at `at` (which must not be white space). */
function valueEnd(text: string, at: number): number {
  let depth = 0;
  let index = at;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = stringEnd(text, index);
      if (depth === 0) return index;
      continue;
    }
    if (code === 0x5b || code === 0x7b) depth += 1;
    else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
      if (depth === 0) return index + 1;
    } else if (depth === 0 && (code === 0x2c || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d)) return index;
    index += 1;
  }
  return index;
}

/**
 * The text of the top-level `"id"` value of a JSON object line, as written (the last one when
 * the key repeats, as JSON.parse takes the last). Only called on lines JSON.parse accepted.
 * @example rawIdOf('{"id": 1234567890123456789, "text": "x"}') // '1234567890123456789'
 */
export function rawIdOf(text: string): string | undefined {
  let index = skipSpace(text, 0);
  if (text.charCodeAt(index) !== 0x7b) return undefined;
  let found: string | undefined;
  index += 1;
  for (;;) {
    index = skipSpace(text, index);
    if (text.charCodeAt(index) !== QUOTE) return found;
    const keyEnd = stringEnd(text, index);
    const key = JSON.parse(text.slice(index, keyEnd)) as string;
    index = skipSpace(text, keyEnd) + 1; // past the ':'
    const start = skipSpace(text, index);
    const end = valueEnd(text, start);
    if (key === 'id') found = text.slice(start, end);
    index = skipSpace(text, end);
    if (text.charCodeAt(index) !== 0x2c) return found;
    index += 1;
  }
}
