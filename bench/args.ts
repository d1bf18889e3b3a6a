/** Command-line values the bench scripts share. */

/**
 * A positive whole number from a `--name` option, or `fallback` when it is absent.
 * @example positiveInt('lines', '2000', 60_000) // 2000
 */
export function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got ${raw}`);
  return value;
}
