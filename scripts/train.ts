/**
 * `npm run train`: trains the learned signal on the shared corpora and writes
 * `models/learned.json` and `models/learned-report.md`. Deterministic (fixed seed, fixed order,
 * no clock in the output); records the SHA-256 of every training file.
 */
import { writeFileSync } from 'node:fs';
import { HASH_BITS } from '../src/extract/learned/features.js';
import { SETTINGS, fitJudgement, leaveOneSourceOut } from '../train/folds.js';
import { renderModelFile, renderTrainingReport } from '../train/report.js';
import { MODEL_PATH, REPORT_PATH, loadRows, sha256 } from './learned-data.js';

/** The weights as little-endian 16-bit integers. */
export function weightBytes(values: Int16Array): Buffer {
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((value, index) => bytes.writeInt16LE(value, index * 2));
  return bytes;
}

function main(): void {
  const { rows, files } = loadRows();
  process.stderr.write(`train: ${rows.length} items from ${files.length} files; folds: `);
  const folds = leaveOneSourceOut(rows, SETTINGS, (source) => process.stderr.write(`${source} `));
  process.stderr.write('\n');
  const fitted = fitJudgement(rows, folds.heldOut, SETTINGS);
  const bytes = weightBytes(folds.full.quantised.values);
  const record = {
    files,
    settings: SETTINGS,
    trainedItems: rows.filter((row) => !SETTINGS.evalOnly.includes(row.source)).length,
    weightsSha256: sha256(bytes),
  };
  const model = renderModelFile(folds.full, fitted, bytes.toString('base64'), record, HASH_BITS);
  writeFileSync(MODEL_PATH, model);
  writeFileSync(REPORT_PATH, renderTrainingReport(rows, folds.heldOut, fitted, record, Buffer.byteLength(model)));
  process.stderr.write(`train: wrote ${MODEL_PATH} (${Buffer.byteLength(model)} bytes) and ${REPORT_PATH}\n`);
}

main();
