/** The markdown report: the same figures as the terminal report, as tables, then the misroutes. */
import { comparisonRows } from './comparison.js';
import type { FileReport, Miss } from './evaluate.js';
import { excerpt, interval, rate, signed } from './format.js';
import { selectMisses } from './misses.js';
import type { EvalReport } from './report.js';
import { LABELS, PREDICTIONS } from './types.js';
import { targetName, targetValue } from './words.js';

export interface RenderMarkdownOptions {
  /** Misroutes to list per file; 40 by default. */
  readonly misses?: number;
}

const EXCERPT_LENGTH = 300;

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const header = (cells: readonly string[], align: readonly ('l' | 'r')[]): string[] => [
  row(cells),
  row(align.map((a) => (a === 'r' ? '---:' : '---'))),
];
/** Keeps corpus text from breaking the markdown around it. */
const inline = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);

function comparison(file: FileReport): string[] {
  const { router, baseline } = file;
  const lines = header(['', router.name, baseline.name, 'gain'], ['l', 'r', 'r', 'r']);
  const words = { both: 'decided `both`', source: (source: string, items: number) => `${source} accuracy (${items})` };
  for (const entry of comparisonRows(file, words)) {
    lines.push(
      row(
        entry.count
          ? [entry.name, String(entry.router), String(entry.baseline), '']
          : [entry.name, rate(entry.router), rate(entry.baseline), signed(entry.router - entry.baseline)],
      ),
    );
  }
  return lines;
}

function confusion(file: FileReport): string[] {
  const lines = header(['router', 'label', ...PREDICTIONS.map((p) => `→ ${p}`)], ['l', 'l', 'r', 'r', 'r']);
  for (const router of [file.router, file.baseline]) {
    for (const label of LABELS) {
      lines.push(row([router.name, label, ...PREDICTIONS.map((p) => String(router.confusion[label][p]))]));
    }
  }
  return lines;
}

function calibration(file: FileReport): string[] {
  const data = file.router.calibration;
  if (!data) return [];
  const lines = [
    `### Calibration (${file.router.name})`,
    '',
    ...header(['confidence', 'items', 'correct', 'accuracy'], ['l', 'r', 'r', 'r']),
  ];
  for (const bucket of data.buckets) {
    const accuracy = bucket.min === 0.9 ? `**${rate(bucket.accuracy)}**` : rate(bucket.accuracy);
    lines.push(row([interval(bucket.min, bucket.max), String(bucket.items), String(bucket.correct), accuracy]));
  }
  const { questions } = data;
  const ids = questions.byId.map((entry) => `\`${entry.id}\` ${entry.items}`).join(', ');
  lines.push(
    '',
    questions.items === 0
      ? 'Questions: none asked.'
      : `Questions: ${questions.items} items got one, ${rate(questions.accuracy)} of them correct (${ids}).`,
  );
  return lines;
}

function targets(file: FileReport): string[] {
  return [
    '### Targets',
    '',
    ...header(['', 'target', 'value'], ['l', 'l', 'l']),
    ...file.targets.map((target) => row([target.passed ? '✅' : '❌', targetName(target), targetValue(target)])),
  ];
}

function missItem(miss: Miss): string[] {
  const confidence = miss.confidence === null ? '' : ` (confidence ${miss.confidence.toFixed(2)})`;
  const rules = miss.reasons
    .map((reason) => [`\`${reason.rule}\``, ...reason.words.map((word) => `“${inline(word)}”`)].join(' '))
    .join('; ');
  const lines = [
    `- ${miss.id === `line ${miss.line}` ? '' : `\`${miss.id}\` `}line ${miss.line}: ${miss.label} → **${miss.predicted}**${confidence}; baseline ${miss.baseline}`,
    `  - ${inline(excerpt(miss.text, EXCERPT_LENGTH))}`,
    `  - rules: ${rules === '' ? 'none' : rules}`,
  ];
  if (miss.questions.length > 0) lines.push(`  - questions: ${miss.questions.map((id) => `\`${id}\``).join(', ')}`);
  return lines;
}

function misroutes(file: FileReport, limit: number): string[] {
  if (file.misses.length === 0) return ['### Misroutes', '', 'None.'];
  const groups = selectMisses(file.misses, limit);
  const shown = groups.reduce((sum, group) => sum + group.shown.length, 0);
  const lines = ['### Misroutes', '', `${shown} shown of ${file.misses.length}.`];
  for (const group of groups) {
    if (group.shown.length === 0) continue;
    lines.push('', `#### ${group.source} (${group.shown.length} of ${group.total})`, '');
    for (const miss of group.shown) lines.push(...missItem(miss));
  }
  return lines;
}

function section(file: FileReport, limit: number): string {
  const lines = [
    `## ${file.file}`,
    '',
    `${file.items} items: ${file.labels.code} code, ${file.labels.cowork} cowork.`,
    '',
    ...comparison(file),
    '',
    ...confusion(file),
    '',
    ...calibration(file),
    '',
    ...targets(file),
  ];
  if (limit > 0) lines.push('', ...misroutes(file, limit));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * Renders the markdown report.
 * @example renderMarkdown(report, { misses: 0 }) // figures only, no corpus text
 */
export function renderMarkdown(report: EvalReport, options: RenderMarkdownOptions = {}): string {
  const limit = options.misses ?? 40;
  const title = report.generatedAt === null ? '# Routing evaluation' : `# Routing evaluation (${report.generatedAt})`;
  const verdict = report.passed ? 'All targets met.' : 'Some targets missed.';
  return `${[title, ...report.files.map((file) => section(file, limit)), verdict].join('\n\n')}\n`;
}
