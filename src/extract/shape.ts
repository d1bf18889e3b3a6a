/**
 * One pass over the characters of a task, noting which ASCII marks occur, whether a lower-case
 * letter is followed by a capital (camelCase), and how many letters are upper or lower case.
 * Detectors gate on it, so most never run their patterns over ordinary prose.
 */

export interface TextShape {
  /** Which ASCII characters occur: bit `code & 31` of word `code >> 5`. */
  readonly ascii: readonly [number, number, number, number];
  /** A lower-case ASCII letter directly followed by a capital somewhere. */
  readonly camel: boolean;
  readonly upper: number;
  readonly lower: number;
}

export function shapeOf(text: string): TextShape {
  const ascii: [number, number, number, number] = [0, 0, 0, 0];
  let camel = false;
  let upper = 0;
  let lower = 0;
  let previousLower = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const word = code >> 5;
      ascii[word] = (ascii[word] ?? 0) | (1 << (code & 31));
      const isUpper = code >= 65 && code <= 90;
      const isLower = code >= 97 && code <= 122;
      if (isUpper) {
        upper += 1;
        if (previousLower) camel = true;
      } else if (isLower) lower += 1;
      previousLower = isLower;
      continue;
    }
    previousLower = false;
    const char = text[index] as string;
    if (char !== char.toLowerCase()) upper += 1;
    else if (char !== char.toUpperCase()) lower += 1;
  }
  return { ascii, camel, upper, lower };
}

/** Whether any of the given ASCII characters occurs in the text. */
export function hasAny(shape: TextShape, chars: string): boolean {
  for (let index = 0; index < chars.length; index += 1) {
    const code = chars.charCodeAt(index);
    if ((shape.ascii[code >> 5] ?? 0) & (1 << (code & 31))) return true;
  }
  return false;
}

/** All-caps text: case-marked words (IT, PR) cannot be told from ordinary ones there. */
export function isShouting(shape: TextShape): boolean {
  return shape.upper > 10 && shape.upper > 3 * shape.lower;
}
