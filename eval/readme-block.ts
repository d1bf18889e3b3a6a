/** The aggregate-only accuracy table kept in README.md between two markers. */
import { highConfidenceBucket } from './calibration.js';
import type { FileReport, RouterReport } from './evaluate.js';
import { rate } from './format.js';
import type { Result } from './types.js';

export const ACCURACY_START = '<!-- accuracy:start -->';
export const ACCURACY_END = '<!-- accuracy:end -->';
/** The held-out (leave-one-source-out) table has markers of its own. */
export const LOSO_MARKERS = ['<!-- loso:start -->', '<!-- loso:end -->'] as const;

function highConfidence(router: RouterReport): string {
  const bucket = router.calibration ? highConfidenceBucket(router.calibration) : undefined;
  return bucket ? `${rate(bucket.accuracy)} (${bucket.items} tasks)` : '—';
}

/**
 * The markdown between the markers: figures only, never a task's text or id.
 * @example renderAccuracyBlock(report, '2026-01-31', 'dev.jsonl')
 */
export function renderAccuracyBlock(file: FileReport, date: string, corpusName: string): string {
  const { router, baseline } = file;
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const pair = (name: string, a: number, b: number): string => row([name, rate(a), rate(b)]);
  const lines = [
    `Measured on \`${corpusName}\` (${file.items} labelled tasks: ${file.labels.code} code, ${file.labels.cowork} cowork) on ${date}; regenerate with \`npm run readme:accuracy\`.`,
    '',
    row(['', router.name, 'keyword baseline']),
    row(['---', '---:', '---:']),
    pair('accuracy', router.scores.accuracy, baseline.scores.accuracy),
    pair('balanced accuracy', router.scores.balancedAccuracy, baseline.scores.balancedAccuracy),
    pair('macro-F1', router.scores.macroF1, baseline.scores.macroF1),
    ...router.sources.map((source) => {
      const other = baseline.sources.find((entry) => entry.source === source.source);
      return pair(`${source.source} accuracy (${source.items} tasks)`, source.accuracy, other?.accuracy ?? 0);
    }),
    row(['≥0.9-confidence accuracy', highConfidence(router), highConfidence(baseline)]),
    row(['decided `both`', String(router.scores.both), String(baseline.scores.both)]),
  ];
  return lines.join('\n');
}

/**
 * Puts `block` between the markers of `readme`, keeping everything outside them.
 * @example replaceAccuracyBlock('a\n<!-- accuracy:start -->\nold\n<!-- accuracy:end -->\n', 'new')
 */
export function replaceAccuracyBlock(readme: string, block: string, markers: readonly [string, string] = [ACCURACY_START, ACCURACY_END]): Result<string, string> {
  const [ACCURACY_START, ACCURACY_END] = markers;
  const start = readme.indexOf(ACCURACY_START);
  const end = readme.indexOf(ACCURACY_END);
  if (start === -1 || end === -1) return { ok: false, error: `no ${ACCURACY_START} … ${ACCURACY_END} markers` };
  if (end < start) return { ok: false, error: `${ACCURACY_END} comes before ${ACCURACY_START}` };
  if (readme.indexOf(ACCURACY_START, start + 1) !== -1 || readme.indexOf(ACCURACY_END, end + 1) !== -1) {
    return { ok: false, error: 'the accuracy markers appear more than once' };
  }
  const before = readme.slice(0, start + ACCURACY_START.length);
  const after = readme.slice(end);
  return { ok: true, value: `${before}\n${block}\n${after}` };
}
