/**
 * The model file and its training report, as text: both deterministic (no dates, no timings),
 * so retraining on the same corpora gives the same bytes.
 */
import { wordBinSlots } from '../src/extract/learned/lexicon.js';
import type { Fitted, FittedLinear, Row, Settings } from './folds.js';
import { sourcesOf } from './folds.js';

export interface TrainingFile {
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly items: number;
}

export interface TrainingRecord {
  readonly files: readonly TrainingFile[];
  readonly settings: Settings;
  readonly trainedItems: number;
  readonly weightsSha256: string;
  /** The Debian word bins the features read: file hash, size and where the descriptions came from. */
  readonly lexicon: { readonly sha256: string; readonly words: number; readonly releases: readonly string[]; readonly packages: number; readonly longDescriptions: number };
}

/**
 * Integers as little-endian bytes, two or four a value as the array holds them: the weights
 * (16-bit, the bytes the model file stores and hashes) and the word-bin slots (32-bit).
 */
export function littleEndianBytes(values: Int16Array | Int32Array): Buffer {
  const width = values.BYTES_PER_ELEMENT;
  const bytes = Buffer.alloc(values.length * width);
  values.forEach((value, index) => (width === 2 ? bytes.writeInt16LE(value, index * 2) : bytes.writeInt32LE(value, index * 4)));
  return bytes;
}

/**
 * Words grouped by bin, each group sorted and joined by single spaces: the file form of the word
 * table (a bin as the key, never a word, so no word can clash with an object's own property
 * names). One string per bin, not 23,000 strings: every start reads this file, and parsing and
 * checking one long string costs a fraction of parsing and checking that many short ones.
 * @example byBin({ query: 3, photo: -2, pixel: -2 }) // { '-2': 'photo pixel', '3': 'query' }
 */
export function byBin(words: Readonly<Record<string, number>>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [word, bin] of Object.entries(words)) {
    if (!/^\S+$/.test(word)) throw new Error(`word table: "${word}" is not one word`);
    groups.set(bin, [...(groups.get(bin) ?? []), word]);
  }
  return Object.fromEntries([...groups.keys()].sort((a, b) => a - b).map((bin) => [String(bin), (groups.get(bin) as string[]).sort().join(' ')]));
}

/**
 * JSON with every character past ASCII written as a `\\u` escape: the same value when parsed, but
 * the file is all ASCII, so a run reads it into a one-byte string. A handful of accented words in
 * the word bins otherwise made the whole 1.2 MB text two bytes a character, for the UTF-8 decoder,
 * the JSON parser and the base64 decoder after them.
 * @example asciiJson('{"a":"é"}') // '{"a":"\\u00e9"}'
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The model file's JSON text, all ASCII (see `asciiJson`). */
export function renderModelFile(linear: FittedLinear, fitted: Fitted, weightsBase64: string, record: TrainingRecord, hashBits: number, words: Readonly<Record<string, number>>): string {
  const { settings } = record;
  const bins = byBin(words);
  const file = {
    format: 'code-or-cowork/learned@1',
    hashBits,
    bias: linear.bias,
    scale: linear.quantised.scale,
    weights: weightsBase64,
    weightsSha256: record.weightsSha256,
    lexicon: { sha256: record.lexicon.sha256, bins, slots: littleEndianBytes(wordBinSlots(bins)).toString('base64') },
    blend: fitted.blend,
    calibration: fitted.calibration,
    defaultCalibration: fitted.defaultCalibration,
    askBelow: settings.askBelow,
    pieceMargin: settings.pieceMargin,
    training: {
      seed: settings.train.seed,
      epochs: settings.train.epochs,
      rate: settings.train.rate,
      l2: settings.train.l2,
      evalOnly: settings.evalOnly,
      trainedItems: record.trainedItems,
      files: record.files,
    },
  };
  return `${asciiJson(JSON.stringify(file))}\n`;
}

const pct = (value: number): string => value.toFixed(3);
const knots = (mapping: Fitted['calibration']): string => `${mapping.scores.length} knots from ${mapping.probabilities[0]} to ${mapping.probabilities.at(-1)}`;

/** The training report in markdown. */
export function renderTrainingReport(rows: readonly Row[], heldOut: Float64Array, fitted: Fitted, record: TrainingRecord, modelBytes: number): string {
  const { settings } = record;
  const lines = [
    '# Learned signal: training report',
    '',
    'Written by `npm run train` (scripts/train.ts) beside `learned.json`; both are deterministic, so',
    'running it again on the same corpora gives the same bytes. Full evaluation: `npm run eval -- --loso`.',
    '',
    '## Training files',
    '',
    '| file | SHA-256 | bytes | items |',
    '| --- | --- | ---: | ---: |',
    ...record.files.map((file) => `| \`${file.name}\` | \`${file.sha256}\` | ${file.bytes} | ${file.items} |`),
    '',
    `Trained on ${record.trainedItems} items. Evaluation only, never trained or fitted on: ${settings.evalOnly.map((source) => `\`${source}\``).join(', ')}`,
    '(the Terminal-Bench task files carry a notice asking that they stay out of training corpora; swebench-verified and',
    'aider-polyglot were read from a Terminal-Bench dataset adaptation, rese1f/terminal-bench-datasets, whose task files',
    'most likely carry the same notice, so they are kept out too).',
    '',
    '## Model',
    '',
    `- Logistic regression over hashed features (2^${Math.log2(settings.train.dimensions)} buckets): lower-cased words, character 3- to 5-grams of each word, word bigrams and a few word-shape marks.`,
    `- Each content word the Debian word table knows also gives its bin's feature: \`models/debian-lexicon.json\` (SHA-256 \`${record.lexicon.sha256}\`), ${record.lexicon.words} words binned by how much more often they describe developer and system software than desktop software, counted over the ${record.lexicon.packages} package descriptions (${record.lexicon.longDescriptions} of them long ones) of ${record.lexicon.releases.map((release) => release.split(' ')[0]).join(', ')}; built by \`npm run lexicon:debian\`.`,
    `- AdaGrad SGD, ${settings.train.epochs} epochs, rate ${settings.train.rate}, L2 ${settings.train.l2}, seed ${settings.train.seed}; labels weighted to count the same.`,
    `- Weights stored as 16-bit integers: \`learned.json\` is ${modelBytes} bytes; weights SHA-256 \`${record.weightsSha256}\`.`,
    `- Blend with the rule sides (fitted on held-out logits of the sources the rules were not tuned on; both labels weigh the same, and every source the same within its label): bias ${fitted.blend.bias}, learned ${fitted.blend.learned}, code side ${fitted.blend.code}, Cowork side ${fitted.blend.cowork}, rules call it code work ${fitted.blend.codeWork}.`,
    `- Confidence mappings (isotonic, fitted on the engine's own held-out calls over every trainable source, each decided with a model and blend that never saw its source; one mapping per kind of call): the blend's own calls, however near even, ${knots(fitted.calibration)}; the contract's default for a few words the rules find nothing in, ${knots(fitted.defaultCalibration)}. The engine asks \`question.code-or-infra\` below ${settings.askBelow}; compound pieces need a blend ${settings.pieceMargin} from even.`,
    '',
    '## Held-out accuracy of the learned signal alone, by source',
    '',
    'Each source scored by the model trained without it (leave-one-source-out).',
    '',
    '| source | items | accuracy |',
    '| --- | ---: | ---: |',
  ];
  for (const source of sourcesOf(rows)) {
    let items = 0;
    let correct = 0;
    rows.forEach((row, index) => {
      if (row.source !== source) return;
      items += 1;
      if (((heldOut[index] as number) >= 0 ? 'code' : 'cowork') === row.label) correct += 1;
    });
    lines.push(`| ${source}${settings.evalOnly.includes(source) ? ' (evaluation only)' : ''} | ${items} | ${pct(correct / items)} |`);
  }
  return `${lines.join('\n')}\n`;
}
