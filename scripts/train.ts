/**
 * `npm run train [-- --out DIR]`: trains the learned signal on the shared corpora and writes
 * `learned.json` and `learned-report.md` into `models/` (or DIR). Deterministic (fixed seed,
 * fixed order, no clock in the output); records the SHA-256 of every training file.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASH_BITS } from '../src/extract/learned/features.js';
import { SETTINGS, fitJudgement, leaveOneSourceOut } from '../train/folds.js';
import { renderModelFile, renderTrainingReport, littleEndianBytes } from '../train/report.js';
import { MODEL_PATH, REPORT_PATH, loadRows, sha256 } from './learned-data.js';

export interface Written {
  readonly modelPath: string;
  readonly reportPath: string;
  readonly modelBytes: number;
}

/**
 * Trains and writes the model file and its report to the two paths given.
 * @example trainInto(join(tmp, 'learned.json'), join(tmp, 'learned-report.md'))
 */
export function trainInto(modelPath: string, reportPath: string, progress: (step: string) => void = () => {}): Written {
  const { rows, files, lexicon } = loadRows();
  progress(`${rows.length} items from ${files.length} files; folds: `);
  const folds = leaveOneSourceOut(rows, SETTINGS, (source) => progress(`${source} `));
  const fitted = fitJudgement(rows, folds, SETTINGS, lexicon.bins);
  const bytes = littleEndianBytes(folds.full.quantised.values);
  const record = {
    files,
    settings: SETTINGS,
    trainedItems: rows.filter((row) => !SETTINGS.evalOnly.includes(row.source)).length,
    weightsSha256: sha256(bytes),
    lexicon: { sha256: lexicon.sha256, words: Object.keys(lexicon.words).length, releases: lexicon.provenance.releases, packages: lexicon.provenance.packages, longDescriptions: lexicon.provenance.longDescriptions ?? 0 },
  };
  const model = renderModelFile(folds.full, fitted, bytes.toString('base64'), record, HASH_BITS, lexicon.words);
  writeFileSync(modelPath, model);
  writeFileSync(reportPath, renderTrainingReport(rows, folds.heldOut, fitted, record, Buffer.byteLength(model)));
  return { modelPath, reportPath, modelBytes: Buffer.byteLength(model) };
}

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--out');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if ((at >= 0 && dir === undefined) || argv.length !== (at >= 0 ? 2 : 0)) {
    process.stderr.write('usage: npm run train [-- --out DIR]\n');
    process.exitCode = 2;
    return;
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const [modelPath, reportPath] = dir === undefined ? [MODEL_PATH, REPORT_PATH] : [join(resolve(cwd, dir), 'learned.json'), join(resolve(cwd, dir), 'learned-report.md')];
  process.stderr.write('train: ');
  const written = trainInto(modelPath, reportPath, (step) => process.stderr.write(step));
  process.stderr.write(`\ntrain: wrote ${written.modelPath} (${written.modelBytes} bytes) and ${written.reportPath}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
