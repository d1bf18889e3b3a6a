/**
 * Word bins from a large public text about computing (Debian package descriptions, built by
 * `npm run lexicon:debian`): a word's bin says how much more often it describes developer and
 * system software than desktop software. Each content word the table knows adds one feature,
 * its bin's, so a word no training text had still leans the way the archive's authors use it.
 * Pure lookups; the table belongs to the model.
 */
import { HASH_BITS } from './features.js';

/** Lower-cased word to bin (positive: technical). */
export type WordBins = ReadonlyMap<string, number>;

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
 * The feature bucket of a word's bin, or -1 when the table does not know the word.
 * @example lexiconFeature(bins, 'database') // a bucket index shared by every word of that bin
 */
export function lexiconFeature(bins: WordBins, lower: string): number {
  const bin = binOf(bins, lower);
  if (bin === undefined) return -1;
  return (Math.imul((bin + 97) ^ 0x2545f491, 0x9e3779b1) >>> (32 - HASH_BITS)) >>> 0;
}
