/**
 * `npm run readme:accuracy [README]`: evaluates the engine on the default corpus and rewrites
 * the aggregate-only table between `<!-- accuracy:start -->` and `<!-- accuracy:end -->`, then
 * runs the leave-one-source-out evaluation and rewrites the table between `<!-- loso:start -->`
 * and `<!-- loso:end -->` (a few minutes: it retrains every fold).
 * The README is checked for the markers before anything runs, and left alone without them.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOSO_MARKERS, renderAccuracyBlock, replaceAccuracyBlock } from '../eval/readme-block.js';
import { renderLosoBlock } from '../eval/render-loso.js';
import { evaluateAll, loadCorpora } from '../eval/run.js';
import { DEFAULT_CORPUS, loadEngineRouter, readText } from './eval.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): void {
  process.stderr.write(`readme:accuracy: ${message}\n`);
  process.exitCode = 2;
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) return fail('usage: npm run readme:accuracy [-- README.md]');
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const readmePath = argv[0] === undefined ? resolve(REPO_ROOT, 'README.md') : resolve(cwd, argv[0]);
  const readme = readText(readmePath);
  if (!readme.ok) return fail(`${readmePath}: ${readme.error}`);
  // Check the markers before the (slower) evaluation, and never touch a README without them.
  const probe = replaceAccuracyBlock(readme.value, '');
  if (!probe.ok) return fail(`${readmePath}: ${probe.error}; add them where the table should go`);
  const losoProbe = replaceAccuracyBlock(readme.value, '', LOSO_MARKERS);
  if (!losoProbe.ok) return fail(`${readmePath}: ${losoProbe.error}; add them where the held-out table should go`);

  const corpora = loadCorpora([DEFAULT_CORPUS], readText);
  if (!corpora.ok) return fail(corpora.error);
  const reports = evaluateAll(corpora.value, await loadEngineRouter());
  if (!reports.ok) return fail(reports.error);
  const [report] = reports.value;
  if (!report) return fail('the evaluation produced no report');

  const date = new Date().toISOString().slice(0, 10);
  const block = renderAccuracyBlock(report, date, basename(DEFAULT_CORPUS.path));
  const withDev = replaceAccuracyBlock(readme.value, block);
  if (!withDev.ok) return fail(`${readmePath}: ${withDev.error}`);
  const { runLoso } = await import('./eval-loso.js');
  const loso = runLoso();
  if (!loso.ok) return fail(loso.error);
  const updated = replaceAccuracyBlock(withDev.value, renderLosoBlock(loso.value, date), LOSO_MARKERS);
  if (!updated.ok) return fail(`${readmePath}: ${updated.error}`);
  try {
    writeFileSync(readmePath, updated.value);
  } catch (error) {
    return fail(`cannot write ${readmePath} (${(error as Error).message})`);
  }
  process.stdout.write(`readme:accuracy: updated ${readmePath} (${report.items} tasks, ${date})\n`);
}

await main(process.argv.slice(2));
