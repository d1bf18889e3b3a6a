/**
 * A flag value from a fixed set: matched case-insensitively, and a near miss (one or two letters
 * off) answered with a suggestion: `--format htm` -> did you mean "html"?
 */
import { UsageError } from './usage-error.js';

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short words. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The closest of `candidates` within `most` edits (two by default) of `word`, if any.
 * @example nearest('hippa', ['hipaa', 'pci']) // 'hipaa'
 */
export function nearest(word: string, candidates: readonly string[], most = 2): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= most && distance < candidate.length && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `must be one of "a", "b" (got "x"); did you mean "a"?` */
export function notOneOf(value: string, allowed: readonly string[]): string {
  const suggestion = nearest(value, allowed);
  const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  return `must be one of ${allowed.map((choice) => `"${choice}"`).join(', ')} (got ${JSON.stringify(value)})${hint}`;
}

/**
 * The allowed value `value` names, ignoring case; undefined when the flag was not given.
 * @example pickChoice('--format', 'HTML', ['table', 'html']) // 'html'
 */
export function pickChoice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((choice) => choice === value.trim().toLowerCase());
  if (match === undefined) throw new UsageError(flag, notOneOf(value, allowed));
  return match;
}
