/**
 * Reads the learned model file that ships with the package (`models/learned.json`) into the
 * model the engine scores with. The only file the engine's learned signal needs; read once by
 * whoever builds an engine, never at import time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../extract/learned/model.js';
import { HASH_BITS } from '../extract/learned/features.js';
import { wordBinIndex } from '../extract/learned/lexicon.js';
import { WEIGHT_COUNT } from '../extract/learned/model.js';
import { parseLearnedFile } from '../schema/learned.js';
import type { LearnedFile } from '../schema/learned.js';

/** From src/node or dist/node, the package root's models folder. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/learned.json', import.meta.url));

/** Turns a checked model file into the engine's model; the weights must match their recorded hash. */
export function modelFromFile(file: LearnedFile): LearnedModel {
  const bytes = Buffer.from(file.weights, 'base64');
  if (bytes.length !== 2 * WEIGHT_COUNT || file.hashBits !== HASH_BITS) {
    throw new Error(`learned model: expected ${WEIGHT_COUNT} weights of 16 bits, got ${bytes.length} bytes`);
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== file.weightsSha256) throw new Error('learned model: the weights do not match their recorded SHA-256');
  return {
    bias: file.bias,
    weights: { scale: file.scale, values: littleEndian(bytes, 2) },
    lexicon: wordBinIndex(file.lexicon.bins, file.lexicon.slots === undefined ? undefined : wordSlots(file.lexicon.slots)),
    blend: file.blend,
    calibration: file.calibration,
    defaultCalibration: file.defaultCalibration,
    askBelow: file.askBelow,
    pieceMargin: file.pieceMargin,
  };
}

/** The word-bin slots the file stores: little-endian 32-bit integers, a power of two of them. */
function wordSlots(base64: string): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  const count = bytes.length / 4;
  if (!Number.isInteger(count) || count < 2 || (count & (count - 1)) !== 0) {
    throw new Error(`learned model: lexicon.slots: expected a power of two of 32-bit integers, got ${bytes.length} bytes`);
  }
  return littleEndian(bytes, 4);
}

/**
 * The bytes read as little-endian 16- or 32-bit integers: on a little-endian machine (all that
 * Node runs on in practice) a copy viewed in place; elsewhere one by one. A loop of `readInt16LE`
 * over the 262,144 weights cost every one-shot run some 10 ms.
 */
function littleEndian(bytes: Buffer, width: 2): Int16Array;
function littleEndian(bytes: Buffer, width: 4): Int32Array;
function littleEndian(bytes: Buffer, width: 2 | 4): Int16Array | Int32Array {
  const Kind = width === 2 ? Int16Array : Int32Array;
  if (endianness() === 'LE') return new Kind(new Uint8Array(bytes).buffer);
  const values = new Kind(bytes.length / width);
  for (let index = 0; index < values.length; index += 1) values[index] = width === 2 ? bytes.readInt16LE(2 * index) : bytes.readInt32LE(4 * index);
  return values;
}

/**
 * Reads and checks the model file.
 * @example createEngine({ learned: loadLearnedModel() })
 */
export function loadLearnedModel(path: string = DEFAULT_MODEL_PATH): LearnedModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`learned model: cannot read ${path} (${(error as Error).message})`, { cause: error });
  }
  const parsed = parseLearnedFile(raw);
  if (!parsed.ok) throw new Error(`learned model: ${path}: ${parsed.error}`);
  return modelFromFile(parsed.value);
}
