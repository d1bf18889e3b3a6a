/** The terminal report: a compact summary per file, then its misroutes grouped by source. */
import pc from 'picocolors';
import type { Calibration } from './calibration.js';
import { comparisonRows } from './comparison.js';
import type { FileReport, Miss, RouterReport } from './evaluate.js';
import { excerpt, interval, rate, signed, table } from './format.js';
import type { Cell } from './format.js';
import { selectMisses } from './misses.js';
import type { EvalReport } from './report.js';
import { LABELS, PREDICTIONS } from './types.js';
import { targetName, targetValue } from './words.js';

export interface RenderTextOptions {
  /** Misroutes to list per file; 40 by default. */
  readonly misses?: number;
  /** ANSI colours; off by default. */
  readonly color?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

const DEFAULT_MISSES = 40;
const EXCERPT_LENGTH = 160;

function comparison(file: FileReport): string[] {
  const { router, baseline } = file;
  const rows: Cell[][] = [['', router.name, baseline.name, 'gain']];
  const words = { both: "decided 'both'", source: (source: string, items: number) => `${source} (${items})` };
  for (const entry of comparisonRows(file, words)) {
    rows.push(
      entry.count
        ? [entry.name, String(entry.router), String(entry.baseline), '']
        : [entry.name, rate(entry.router), rate(entry.baseline), signed(entry.router - entry.baseline)],
    );
  }
  if (router.ms !== null && baseline.ms !== null) {
    rows.push(['time', `${Math.round(router.ms)} ms`, `${Math.round(baseline.ms)} ms`, '']);
  }
  return table(rows, ['left', 'right', 'right', 'right'], '  ');
}

function confusion(routers: readonly RouterReport[]): string[] {
  const rows: Cell[][] = [['confusion', 'label', ...PREDICTIONS.map((p) => `→ ${p}`)]];
  for (const router of routers) {
    LABELS.forEach((label, index) => {
      const counts = PREDICTIONS.map((predicted) => String(router.confusion[label][predicted]));
      rows.push([index === 0 ? router.name : '', label, ...counts]);
    });
  }
  return table(rows, ['left', 'left', 'right', 'right', 'right'], '  ');
}

function calibration(name: string, data: Calibration, file: FileReport, c: Colors): string[] {
  const high = file.targets.find((target) => target.id === 'high-confidence-accuracy');
  const rows: Cell[][] = [[`calibration (${name})`, 'items', 'correct', 'accuracy', '']];
  for (const bucket of data.buckets) {
    const highlight = high !== undefined && bucket.min === 0.9;
    const note = highlight ? `◀ target ≥ ${high.threshold.toFixed(2)} ${high.passed ? '✓' : '✗'}` : '';
    const paint = highlight ? (high.passed ? c.green : c.red) : (text: string) => text;
    rows.push([
      interval(bucket.min, bucket.max),
      String(bucket.items),
      String(bucket.correct),
      { text: rate(bucket.accuracy), paint: highlight ? c.bold : (text: string) => text },
      { text: note, paint },
    ]);
  }
  const { questions } = data;
  const ids = questions.byId.map((entry) => `${entry.id} ${entry.items}`).join(', ');
  const asked =
    questions.items === 0
      ? 'questions: none asked'
      : `questions: ${questions.items} items got one, ${rate(questions.accuracy)} correct (${ids})`;
  return [...table(rows, ['left', 'right', 'right', 'right', 'left'], '  '), `  ${asked}`];
}

function targets(file: FileReport, c: Colors): string[] {
  const rows: Cell[][] = file.targets.map((target) => [
    { text: target.passed ? '✓' : '✗', paint: target.passed ? c.green : c.red },
    targetName(target),
    targetValue(target),
  ]);
  return ['  targets', ...table(rows, ['left', 'left', 'left'], '  ')];
}

/** The item's id and line; items without an id are named by their line alone. */
const where = (miss: Miss): string => (miss.id === `line ${miss.line}` ? miss.id : `${miss.id} (line ${miss.line})`);

function missLines(miss: Miss): string[] {
  const confidence = miss.confidence === null ? '' : `  confidence ${miss.confidence.toFixed(2)}`;
  const baseline = `baseline ${miss.baseline}${miss.baseline === miss.label ? ' (right)' : ''}`;
  const rules =
    miss.reasons.length === 0
      ? 'none'
      : miss.reasons
          .map((reason) => [reason.rule, ...reason.words.map((word) => JSON.stringify(word))].join(' '))
          .join('; ');
  const lines = [
    `  ${where(miss)}  ${miss.label} → ${miss.predicted}${confidence}  ${baseline}`,
    `    ${JSON.stringify(excerpt(miss.text, EXCERPT_LENGTH))}`,
    `    rules: ${rules}`,
  ];
  if (miss.questions.length > 0) lines.push(`    questions: ${miss.questions.join(', ')}`);
  return lines;
}

function misroutes(file: FileReport, limit: number, c: Colors): string[] {
  if (file.misses.length === 0) return [c.bold('misroutes: none')];
  const groups = selectMisses(file.misses, limit);
  const shown = groups.reduce((sum, group) => sum + group.shown.length, 0);
  const more = shown < file.misses.length ? ' (--misses N for more)' : '';
  const lines = [c.bold(`misroutes of ${file.router.name}: ${shown} shown of ${file.misses.length}${more}`)];
  for (const group of groups) {
    if (group.shown.length === 0) continue;
    lines.push(c.bold(`${group.source} (${group.shown.length} of ${group.total})`));
    for (const miss of group.shown) lines.push(...missLines(miss));
  }
  return lines;
}

function fileSummary(file: FileReport, c: Colors): string[] {
  const header = `${file.file}: ${file.items} items (${file.labels.code} code, ${file.labels.cowork} cowork)`;
  const lines = [c.bold(header), '', ...comparison(file), '', ...confusion([file.router, file.baseline]), ''];
  if (file.router.calibration) lines.push(...calibration(file.router.name, file.router.calibration, file, c), '');
  lines.push(...targets(file, c));
  return lines;
}

/**
 * Renders the terminal report.
 * @example renderText(report, { misses: 10 })
 */
export function renderText(report: EvalReport, options: RenderTextOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const limit = options.misses ?? DEFAULT_MISSES;
  const blocks = report.files.map((file) => {
    const lines = fileSummary(file, c);
    if (limit > 0) lines.push('', ...misroutes(file, limit, c));
    return lines.join('\n');
  });
  const failed = report.files.flatMap((file) => file.targets.filter((t) => !t.passed).map(() => file.file)).length;
  const verdict = report.passed ? c.green('all targets met') : c.red(`${failed} target(s) missed`);
  return `${[...blocks, verdict].join('\n\n')}\n`;
}
