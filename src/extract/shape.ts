/**
 * Cheap questions about the shape of a task's text, answered with native string searches so
 * detectors can skip their patterns over ordinary prose.
 */

/** A test for whether any of the given characters occurs: one native scan of the text. */
export function anyOfChars(chars: string): (text: string) => boolean {
  const pattern = new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`);
  return (text) => pattern.test(text);
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
