/** The one stderr line of batch and triage when lines failed: how many, and the first line numbers. */

/**
 * @example failedLinesSummary('batch', 3, 120, [4, 9, 17]) // 'code-or-cowork: batch: 3 of 120 lines failed (lines 4, 9, 17)'
 */
export function failedLinesSummary(command: string, failed: number, total: number, first: readonly number[], noun = 'lines'): string {
  const more = failed > first.length ? ', ...' : '';
  const which = first.length === 1 && more === '' ? 'line' : 'lines';
  const verb = command === 'triage' ? 'skipped' : 'failed';
  return `code-or-cowork: ${command}: ${failed} of ${total} ${noun} ${verb} (${which} ${first.join(', ')}${more})`;
}
