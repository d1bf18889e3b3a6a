/**
 * `npm run eval -- [FILE ...]`: scores the engine and the keyword baseline on labelled corpora.
 * The I/O partner of eval/: arguments, files, clock, engine, stdout and the exit code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_USAGE, parseEvalArgs } from '../eval/args.js';
import type { EvalArgs } from '../eval/args.js';
import { buildReport, renderJson } from '../eval/report.js';
import { renderMarkdown } from '../eval/render-markdown.js';
import { renderText } from '../eval/render-text.js';
import { engineRouter, evaluateAll, loadCorpora } from '../eval/run.js';
import type { CorpusFile, ReadFile } from '../eval/run.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS: CorpusFile = {
  path: resolve(REPO_ROOT, '../shared/corpora/dev.jsonl'),
  name: '../shared/corpora/dev.jsonl',
};

/** Misroutes listed per file when `--misses` is not given. */
const FILE_MISSES = 40;
/** Held-out misses listed per source under `--loso --source` when `--misses` is not given. */
const SOURCE_MISSES = 40;

/** Reads a UTF-8 file, turning the system error into a short reason. */
export const readText: ReadFile = (path) => {
  try {
    return { ok: true, value: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    return { ok: false, error: `cannot read (${reason})` };
  }
};

/** The engine as a router, imported only once the arguments and corpora are known to be good. */
export async function loadEngineRouter() {
  const { safeDecide } = await import('../src/index.js');
  return engineRouter(safeDecide);
}

/** `--loso`: prints the held-out report; `--out` also writes loso.md and loso.json. */
async function runLosoCommand(args: EvalArgs, cwd: string): Promise<void> {
  const { runLoso } = await import('./eval-loso.js');
  const { losoTargets, renderLoso } = await import('../eval/render-loso.js');
  const only = args.sources.length > 0 ? args.sources : null;
  const report = runLoso((step) => process.stderr.write(`\reval --loso: ${step.padEnd(40)}`), only);
  process.stderr.write('\n');
  if (!report.ok) return fail(report.error);
  const markdown = renderLoso(report.value, { misses: args.misses ?? (only === null ? 0 : SOURCE_MISSES) });
  const json = `${JSON.stringify(report.value, null, 2)}\n`;
  process.stdout.write(args.format === 'json' ? json : markdown);
  if (args.out !== null) {
    const dir = resolve(cwd, args.out);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'loso.md'), markdown);
      writeFileSync(join(dir, 'loso.json'), json);
    } catch (error) {
      return fail(`cannot write the reports to ${args.out} (${(error as Error).message})`);
    }
  }
  if (args.check && !losoTargets(report.value).every((target) => target.passed)) process.exitCode = 1;
}

function fail(message: string): void {
  process.stderr.write(`eval: ${message}\n`);
  process.exitCode = 2;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseEvalArgs(argv);
  if (!args.ok) return fail(args.error);
  if (args.value.help) {
    process.stdout.write(EVAL_USAGE);
    return;
  }
  // npm runs scripts from the package root; name files relative to where the user typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  if (args.value.loso) return runLosoCommand(args.value, cwd);
  const files = args.value.files.length === 0
    ? [DEFAULT_CORPUS]
    : args.value.files.map((file) => ({ path: resolve(cwd, file), name: file }));
  const corpora = loadCorpora(files, readText);
  if (!corpora.ok) return fail(corpora.error);

  const router = await loadEngineRouter();
  const now = () => performance.now();
  const reports = evaluateAll(corpora.value, router, now);
  if (!reports.ok) return fail(reports.error);
  const report = buildReport(reports.value, new Date());

  const { format, out, check } = args.value;
  const misses = args.value.misses ?? FILE_MISSES;
  const color = args.value.color ?? (process.stdout.isTTY === true && process.env.NO_COLOR === undefined);
  const output =
    format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report, { misses }) : renderText(report, { misses, color });
  process.stdout.write(output);

  if (out !== null) {
    const dir = resolve(cwd, out);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'report.txt'), renderText(report, { misses }));
      writeFileSync(join(dir, 'report.json'), renderJson(report));
      writeFileSync(join(dir, 'report.md'), renderMarkdown(report, { misses }));
    } catch (error) {
      return fail(`cannot write the reports to ${out} (${(error as Error).message})`);
    }
    process.stderr.write(`eval: wrote report.txt, report.json and report.md to ${out}\n`);
  }
  if (check && !report.passed) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
