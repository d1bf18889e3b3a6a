/** Reading valgrind's reports. Pure, so the bench scripts' parsing is tested apart from valgrind. */

/**
 * The instruction count from a cachegrind summary (the "I refs" line; digits grouped by commas).
 * @example instructionsOf('==12== I   refs:      11,485,605,259\n') // 11485605259
 */
export function instructionsOf(report: string): number {
  const match = /^==\d+== I\s+refs:\s+([\d,]+)\s*$/m.exec(report);
  if (match === null) throw new Error('no "I refs" line in the valgrind report: was it run with --tool=cachegrind?');
  return Number((match[1] as string).replaceAll(',', ''));
}
