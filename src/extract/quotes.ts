/**
 * Quoted stretches of a task: titles, names, messages to type ("create an issue titled
 * 'Improve logging'", "reply with 'Closing as stale'"). Their words name things; they do not
 * say what kind of work the task is, so phrase matches inside them count for less.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Straight or curly double quotes; single quotes only where no letter touches them on the outside.
const QUOTED = /"[^"\n]{1,200}"|“[^”\n]{1,200}”|‘[^’\n]{1,200}’|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu;

/** How much a phrase inside quotes counts, relative to the same phrase outside them. */
export const QUOTED_WEIGHT = 0.3;

export function quotedSpans(text: string): Span[] {
  if (!text.includes('"') && !text.includes("'") && !text.includes('“') && !text.includes('‘')) return [];
  return [...text.matchAll(QUOTED)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
