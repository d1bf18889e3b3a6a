/**
 * Training is deterministic, and the committed model is what training on the shared corpora
 * gives: the weights' SHA-256 in the model file matches the weights and the training report.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SETTINGS, trainOn } from '../../train/folds.js';
import type { Row } from '../../train/folds.js';
import { encode } from '../../train/encode.js';
import { asciiJson, littleEndianBytes } from '../../train/report.js';
import { sha256 } from '../../scripts/learned-data.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODEL = join(ROOT, 'models/learned.json');
const REPORT = join(ROOT, 'models/learned-report.md');
const CORPORA = join(ROOT, '../shared/corpora');

const noRules = { code: 0, cowork: 0, codeWork: false, desktop: 0 };
const row = (text: string, label: 'code' | 'cowork', source: string): Row => ({ id: text, source, text, label, example: encode(text, new Map()), rules: noRules });
const ROWS: Row[] = [
  row('restart the nginx service and check the open ports', 'code', 'a'),
  row('add a unit test for the parser module', 'code', 'a'),
  row('change the owner of the log directory to the web user', 'code', 'b'),
  row('draft a thank-you letter to the volunteers', 'cowork', 'a'),
  row('put the quarterly figures into a slide deck', 'cowork', 'b'),
  row('reply to the email from the landlord about the lease', 'cowork', 'b'),
];
const small = { ...SETTINGS.train, epochs: 3 };

describe('training', () => {
  it('gives the same weights, byte for byte, on every run', () => {
    const first = trainOn(ROWS, () => true, small);
    const second = trainOn(ROWS, () => true, small);
    expect(sha256(littleEndianBytes(first.quantised.values))).toBe(sha256(littleEndianBytes(second.quantised.values)));
    expect(first.bias).toBe(second.bias);
  });

  it('depends on its seed (the order it visits items in)', () => {
    const first = trainOn(ROWS, () => true, small);
    const other = trainOn(ROWS, () => true, { ...small, seed: small.seed + 1 });
    expect(sha256(littleEndianBytes(first.quantised.values))).not.toBe(sha256(littleEndianBytes(other.quantised.values)));
  });

  it('learns the training examples it was given', () => {
    const model = trainOn(ROWS, () => true, small);
    for (const item of ROWS) {
      let sum = model.bias;
      for (const index of item.example.features) sum += (model.weights[index] as number) * item.example.scale;
      expect(sum > 0, item.text).toBe(item.label === 'code');
    }
  });
});

describe('the committed model', () => {
  const file = JSON.parse(readFileSync(MODEL, 'utf8')) as { weights: string; weightsSha256: string; training: { files: { name: string; sha256: string }[] } };
  const report = readFileSync(REPORT, 'utf8');

  it('has weights whose SHA-256 is the one it records and the report names', () => {
    const digest = sha256(Buffer.from(file.weights, 'base64'));
    expect(digest).toBe(file.weightsSha256);
    expect(report).toContain(`weights SHA-256 \`${digest}\``);
    expect(report).toContain(`\`learned.json\` is ${readFileSync(MODEL).length} bytes`);
  });

  it('is all ASCII (a run reads it into a one-byte string), whatever its words', () => {
    expect(readFileSync(MODEL).every((byte) => byte < 0x80)).toBe(true);
    const value = { words: 'café naïve résumé 東京 😀', plain: 'tab\there "quoted" \\' };
    const written = asciiJson(JSON.stringify(value));
    expect([...written].every((char) => char.charCodeAt(0) < 0x80)).toBe(true);
    expect(JSON.parse(written)).toEqual(value);
  });

  it('records the SHA-256 of every training file, as the report does', () => {
    expect(file.training.files.map((entry) => entry.name)).toEqual(['../shared/corpora/dev.jsonl', '../shared/corpora/extra.jsonl', '../shared/corpora/train-extra.jsonl']);
    for (const entry of file.training.files) expect(report).toContain(`| \`${entry.name}\` | \`${entry.sha256}\``);
  });

  it.runIf(existsSync(join(CORPORA, 'dev.jsonl')))('matches the corpora it was trained on, and retraining (into a temporary directory) gives the same bytes', async () => {
    const { loadRows } = await import('../../scripts/learned-data.js');
    const { trainInto } = await import('../../scripts/train.js');
    expect(loadRows().files.map((entry) => entry.sha256)).toEqual(file.training.files.map((entry) => entry.sha256));
    const dir = mkdtempSync(join(tmpdir(), 'code-or-cowork-train-'));
    try {
      const written = trainInto(join(dir, 'learned.json'), join(dir, 'learned-report.md'));
      expect(sha256(readFileSync(written.modelPath))).toBe(sha256(readFileSync(MODEL)));
      expect(readFileSync(written.reportPath, 'utf8')).toBe(report);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('keeps every evaluation-only source out of training', () => {
    const training = (JSON.parse(readFileSync(MODEL, 'utf8')) as { training: { evalOnly: string[] } }).training;
    expect(training.evalOnly).toEqual(expect.arrayContaining(['terminal-bench', 'swebench-verified', 'aider-polyglot']));
    expect(training.evalOnly).toEqual(SETTINGS.evalOnly);
  });
});
