/**
 * Cheap questions about the shape of a task's text, answered with native string searches so
 * detectors can skip their patterns over ordinary prose.
 */

/** The marks detectors care about; each has a bit in a `Marks` value. */
export const MARK_CHARS = './_(:$#>-`<=&|;45';
/** Which of the marks occur in a text, one bit each (bit i for MARK_CHARS[i]). */
export type Marks = number;

/**
 * Which marks the text holds: one native search per mark (a single-character search is a
 * memchr), three times faster on task texts than one regex scan stopping at every mark.
 * @example marksOf('a.b') === 1 // bit 0: '.'
 */
export function marksOf(text: string): Marks {
  let marks = 0;
  for (let bit = 0; bit < MARK_CHARS.length; bit += 1) if (text.includes(MARK_CHARS[bit] as string)) marks |= 1 << bit;
  return marks;
}

/** A gate that passes when any of the given marks occurs. */
export function anyOfMarks(chars: string): (text: string, marks: Marks) => boolean {
  let wanted = 0;
  for (const char of chars) {
    const bit = MARK_CHARS.indexOf(char);
    if (bit < 0) throw new Error(`"${char}" is not one of the marks: ${MARK_CHARS}`);
    wanted |= 1 << bit;
  }
  return (_text, marks) => (marks & wanted) !== 0;
}

/** All-caps text: case-marked words (IT, PR) cannot be told from ordinary ones there. */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) upper += 1;
    else if (code >= 97 && code <= 122) lower += 1;
    else if (code > 127) {
      const char = text[index] as string;
      if (char !== char.toLowerCase()) upper += 1;
      else if (char !== char.toUpperCase()) lower += 1;
    }
  }
  return upper > 10 && upper > 3 * lower;
}
