/**
 * Small integer ids for matching keys (stems), shared by the tokenizer and the lexicons, so
 * phrase matching compares numbers and indexes arrays instead of hashing strings per word.
 */

const IDS = new Map<string, number>();
/** Ids handed to words seen in text stop here, so memory stays bounded over endless input. */
const TEXT_LIMIT = 200_000;

/** The id of a vocabulary key: always a real id (vocabularies are small and fixed). */
export function internKey(key: string): number {
  let id = IDS.get(key);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(key, id);
  }
  return id;
}

/** The id of a key seen in text; -1 once the table is full for a key it has not seen (it matches nothing). */
export function idOfTextKey(key: string): number {
  const id = IDS.get(key);
  if (id !== undefined) return id;
  return IDS.size < TEXT_LIMIT ? internKey(key) : -1;
}
