/**
 * Small integer ids for matching keys (stems), shared by the tokenizer and a lexicon, so
 * phrase matching compares numbers and indexes arrays instead of hashing strings per word.
 * Each extractor owns its table: two engines in one process share no mutable state.
 */
import { classesOf } from './word-classes.js';

/** Ids handed to words seen in text stop here, so memory stays bounded over endless input. */
const TEXT_LIMIT = 200_000;
/** Bound on the memo of written words, for the same reason. */
const WORD_MEMO_LIMIT = 50_000;

/** Normalised form and matching key of one written word, the key's id and the word's classes. */
export interface WordKeys {
  readonly norm: string;
  readonly key: string;
  readonly id: number;
  /** `WORD_CLASS` bits of the normalised word. */
  readonly classes: number;
  /**
   * This written form's number in the table, never given to another form (not even after the
   * memo is cleared): a scorer that keeps per-word results can index them by it without
   * hashing or comparing the word again.
   */
  readonly spelling: number;
}

export interface WordTable {
  /** The id of a vocabulary key: always a real id (vocabularies are small and fixed). */
  internKey(key: string): number;
  /** The id of a key seen in text; -1 once the table is full for a key it has not seen (it matches nothing). */
  idOfTextKey(key: string): number;
  /** The keys of a written word, memoised: text repeats words, and stemming is the costly part. */
  keysOf(raw: string, derive: (raw: string) => { readonly norm: string; readonly key: string }): WordKeys;
}

/**
 * A fresh, empty table.
 * @example const words = createWordTable(); words.internKey('deploy') // 0
 */
export function createWordTable(): WordTable {
  const ids = new Map<string, number>();
  const memo = new Map<string, WordKeys>();
  let spellings = 0;
  const internKey = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const idOfTextKey = (key: string): number => {
    const id = ids.get(key);
    if (id !== undefined) return id;
    return ids.size < TEXT_LIMIT ? internKey(key) : -1;
  };
  return {
    internKey,
    idOfTextKey,
    keysOf(raw, derive) {
      let keys = memo.get(raw);
      if (keys === undefined) {
        const { norm, key } = derive(raw);
        keys = { norm, key, id: idOfTextKey(key), classes: classesOf(norm), spelling: spellings };
        spellings += 1;
        if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
        memo.set(raw, keys);
      }
      return keys;
    },
  };
}
