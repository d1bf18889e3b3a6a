/**
 * The shared corpora as training rows, for `npm run train` and `npm run eval -- --loso`: read,
 * hashed (SHA-256 of every file, recorded in the training report), parsed, encoded (with the
 * committed Debian word bins), and given
 * the rules' view of each text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus } from '../eval/corpus.js';
import { ruleView } from '../src/decide/decide.js';
import { tally } from '../src/decide/tally.js';
import { createExtractor } from '../src/extract/extract.js';
import { encode } from '../train/encode.js';
import type { Row } from '../train/folds.js';
import type { WordBins } from '../src/extract/learned/lexicon.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_NAMES = ['dev.jsonl', 'extra.jsonl', 'train-extra.jsonl'] as const;
export const MODEL_PATH = resolve(REPO_ROOT, 'models/learned.json');
export const REPORT_PATH = resolve(REPO_ROOT, 'models/learned-report.md');
/** Word bins from Debian package descriptions (`npm run lexicon:debian`), committed with their provenance. */
export const LEXICON_PATH = resolve(REPO_ROOT, 'models/debian-lexicon.json');

export interface LexiconFile {
  readonly sha256: string;
  readonly words: Readonly<Record<string, number>>;
  readonly bins: WordBins;
  readonly provenance: { readonly releases: readonly string[]; readonly packages: number; readonly longDescriptions?: number; readonly descriptions: { readonly technical: number; readonly desktop: number } };
}

/** Reads the committed lexicon file. */
export function loadLexicon(path: string = LEXICON_PATH): LexiconFile {
  const content = readFileSync(path, 'utf8');
  const file = JSON.parse(content) as { words: Record<string, number>; provenance: LexiconFile['provenance'] };
  return { sha256: sha256(content), words: file.words, bins: new Map(Object.entries(file.words)), provenance: file.provenance };
}

export interface CorpusFileInfo {
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly items: number;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const extractor = createExtractor();

/** A text as training reads it: its example (without the words the rules read in an everyday sense, as the engine scores it) and its rule view. */
function read(text: string, bins: LexiconFile['bins']): Pick<Row, 'example' | 'rules'> {
  const extraction = extractor.extract(text);
  return { example: encode(text, bins, extraction.everydaySenses), rules: ruleView(tally(extraction.signals)) };
}

/**
 * Reads the three shared corpora into rows; throws with the file named when one is missing or bad.
 * @example loadRows().rows.length // 5081
 */
export function loadRows(): { readonly rows: Row[]; readonly files: CorpusFileInfo[]; readonly lexicon: LexiconFile } {
  const lexicon = loadLexicon();
  const rows: Row[] = [];
  const files: CorpusFileInfo[] = [];
  for (const name of CORPUS_NAMES) {
    const path = resolve(REPO_ROOT, '../shared/corpora', name);
    const content = readFileSync(path, 'utf8');
    const corpus = parseCorpus(content, name);
    if (!corpus.ok) throw new Error(corpus.error);
    files.push({ name: `../shared/corpora/${name}`, sha256: sha256(content), bytes: Buffer.byteLength(content), items: corpus.value.items.length });
    for (const item of corpus.value.items) {
      rows.push({ id: item.id, source: item.source, text: item.text, label: item.label, ...read(item.text, lexicon.bins) });
    }
  }
  return { rows, files, lexicon };
}
