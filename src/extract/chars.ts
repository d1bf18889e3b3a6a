/**
 * Character classes the hand-written scanners share, read off a UTF-16 code unit so no scanner
 * needs a regex per character.
 */

/**
 * White space exactly as a regex's `\s` has it: ASCII tab to carriage return and space, and the
 * Unicode spaces, line and paragraph separators and the zero-width no-break space (U+FEFF).
 * @example isSpace(0x20) // true; isSpace(0x200b) // false
 */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
