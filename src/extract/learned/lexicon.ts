/**
 * Word bins from a large public text about computing (Debian package descriptions, built by
 * `npm run lexicon:debian`): a word's bin says how much more often it describes developer and
 * system software than desktop software. Each content word the table knows adds one feature,
 * its bin's, so a word no training text had still leans the way the archive's authors use it.
 * Pure lookups; the table belongs to the model.
 */
import { HASH_BITS, fnv } from './features.js';

/** Lower-cased word to bin (positive: technical); a `Map` is one. */
export interface WordBins {
  get(word: string): number | undefined;
}

/**
 * The word table as the model file has it (each bin's words joined by single spaces), looked up
 * through an open-addressing hash table over the words' places in those texts: one 32-bit slot
 * per place, so no string is made per word. A map of the 23,000 words cost every run some 10 ms
 * and held 1.8 MB; searching each bin's sorted text by halves built nothing but cost some 15 µs
 * a word. Building the slots takes some 84 million instructions in a fresh process (the loop
 * runs before V8 compiles it), so the model file stores them (`wordBinSlots` writes them at
 * training) and a run only views them; without stored slots they are built on the first look-up.
 * A word in two bins takes the later one, as a map filled in bin order would.
 * @example wordBinIndex({ '3': 'index query table', '-2': 'album photo' }).get('table') // 3
 */
export function wordBinIndex(bins: Readonly<Record<string, string>>, stored?: Int32Array): WordBins {
  const entries = binEntries(bins);
  let slots = stored;
  return {
    get(word) {
      if (word === '' || word.includes(' ')) return undefined;
      slots ??= slotsOf(entries);
      const found = findEntry(entries, slots, word);
      return found < 0 ? undefined : (entries[found] as BinWords).bin;
    },
  };
}

/**
 * The slots the model file stores for its bins (see `wordBinIndex`), the same for the same bins.
 * @example wordBinSlots({ '1': 'alpha beta' }).length // 4: a power of two, at most half full
 */
export function wordBinSlots(bins: Readonly<Record<string, string>>): Int32Array {
  return slotsOf(binEntries(bins));
}

/** The bins in the file's order, numbered by that order (the number a slot holds). */
function binEntries(bins: Readonly<Record<string, string>>): BinWords[] {
  return Object.entries(bins).map(([bin, words]) => ({ bin: Number(bin), words }));
}

interface BinWords {
  readonly bin: number;
  readonly words: string;
}

/**
 * A slot holds 0 when empty, else a word's place plus one: its start in its bin's text times 256
 * plus the bin's entry number. The model file's schema allows at most 199 bins.
 */
const ENTRY_BITS = 8;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
const MAX_START = 2 ** (31 - ENTRY_BITS) - 1;

/** The index's hash of text[from, to), the same for a word inside a bin's text and for one asked about: FNV-1a with its high bits folded in. */
function hashSpan(text: string, from: number, to: number): number {
  const hash = fnv(text, from, to, 0);
  return hash ^ (hash >>> 15);
}

/** Whether the word at `start` of `held` (up to the next space or the end) is text[from, to). */
function sameWord(held: string, start: number, text: string, from: number, to: number): boolean {
  const length = to - from;
  if (start + length > held.length) return false;
  if (start + length < held.length && held.charCodeAt(start + length) !== 32) return false;
  for (let at = 0; at < length; at += 1) if (held.charCodeAt(start + at) !== text.charCodeAt(from + at)) return false;
  return true;
}

/**
 * The slot that holds text[from, to), or the empty slot where it would go; -1 when a table
 * (a damaged stored one) has no empty slot on the way. A place whose entry does not exist
 * matches nothing, so foreign slots give wrong bins at worst, never a crash or an endless probe.
 */
function slotOf(entries: readonly BinWords[], slots: Int32Array, text: string, from: number, to: number): number {
  const mask = slots.length - 1;
  let slot = hashSpan(text, from, to) & mask;
  for (let probes = 0; probes < slots.length; probes += 1) {
    const held = (slots[slot] as number) - 1;
    if (held < 0) return slot;
    const entry = entries[held & ENTRY_MASK];
    if (entry !== undefined && sameWord(entry.words, held >>> ENTRY_BITS, text, from, to)) return slot;
    slot = (slot + 1) & mask;
  }
  return -1;
}

/** The entry whose text holds `word`, or -1. */
function findEntry(entries: readonly BinWords[], slots: Int32Array, word: string): number {
  const slot = slotOf(entries, slots, word, 0, word.length);
  const held = slot < 0 ? -1 : (slots[slot] as number) - 1;
  return held < 0 ? -1 : held & ENTRY_MASK;
}

/** Places every word of every bin by its hash, half full at most so a look-up probes a slot or two. */
function slotsOf(entries: readonly BinWords[]): Int32Array {
  if (entries.length > ENTRY_MASK + 1) throw new Error(`word bins: ${entries.length} bins, at most ${ENTRY_MASK + 1}`);
  let count = 0;
  for (const { words } of entries) {
    if (words.length > MAX_START) throw new Error(`word bins: a bin's text of ${words.length} characters, at most ${MAX_START}`);
    for (let at = words.indexOf(' '); at >= 0; at = words.indexOf(' ', at + 1)) count += 1;
  }
  count += entries.length;
  let size = 1;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size);
  entries.forEach(({ words: text }, entry) => {
    for (let start = 0; start < text.length; ) {
      const space = text.indexOf(' ', start);
      const end = space < 0 ? text.length : space;
      // A word already held (from an earlier bin) now points here: the later bin wins.
      if (end > start) slots[slotOf(entries, slots, text, start, end)] = start * (ENTRY_MASK + 1) + entry + 1;
      start = end + 1;
    }
  });
  return slots;
}

/**
 * The bin of a lower-cased word, trying it without a plural or possessive "s" when the table
 * lacks it; undefined when the table does not know it.
 * @example binOf(new Map([['query', 3]]), 'queries') // undefined; binOf(bins, 'query') // 3
 */
export function binOf(bins: WordBins, lower: string): number | undefined {
  const bin = bins.get(lower);
  if (bin !== undefined || lower.length < 4) return bin;
  if (lower.endsWith("'s") || lower.endsWith('’s')) return bins.get(lower.slice(0, -2));
  return lower.endsWith('s') ? bins.get(lower.slice(0, -1)) : undefined;
}

/**
 * How many times a word's bin feature counts, in training and in scoring alike. More than once:
 * a word's own features, learned from a few sources, otherwise drown the archive's view of it
 * ("list", "table", "record" read as office words by a model that never saw a programming
 * question). Held out, counting it three times raised the learned signal alone from 0.832 to
 * 0.847 mean accuracy over sources (0.80 to 0.83 on Python questions, 0.79 to 0.83 on SQL ones).
 */
export const LEXICON_STRENGTH = 3;

/**
 * The feature bucket of a word's bin, or -1 when the table does not know the word.
 * @example lexiconFeature(bins, 'database') // a bucket index shared by every word of that bin
 */
export function lexiconFeature(bins: WordBins, lower: string): number {
  const bin = binOf(bins, lower);
  if (bin === undefined) return -1;
  return (Math.imul((bin + 97) ^ 0x2545f491, 0x9e3779b1) >>> (32 - HASH_BITS)) >>> 0;
}
