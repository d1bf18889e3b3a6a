/**
 * A small, consistent suffix stripper. It is not a linguist's stemmer: it only has to map the
 * inflections people write (deploy/deploys/deployed/deploying, sheet/sheets, copy/copies) to one
 * key, and it is applied the same way to the vocabulary and to the text, so odd keys still match.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
// Not l, s or f: install/installed, process/processed and staff/staffed keep their pair.
const UNDOUBLE = /([bdgmnprt])\1$/;

/** Irregular forms worth knowing in task text, mapped to their base word. */
const IRREGULAR: Readonly<Record<string, string>> = {
  used: 'use',
  using: 'use',
  built: 'build',
  ran: 'run',
  wrote: 'write',
  written: 'write',
  made: 'make',
  sent: 'send',
  set: 'set',
  went: 'go',
  gone: 'go',
  did: 'do',
  done: 'do',
  does: 'do',
  broke: 'break',
  broken: 'break',
  began: 'begin',
  begun: 'begin',
  kept: 'keep',
  left: 'leave',
  found: 'find',
  got: 'get',
  gotten: 'get',
  took: 'take',
  taken: 'take',
  chose: 'choose',
  chosen: 'choose',
  spun: 'spin',
  drew: 'draw',
  drawn: 'draw',
  shown: 'show',
  hidden: 'hide',
  data: 'data',
};

function stripInflection(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(?:ss|us|is|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

function undouble(stem: string): string {
  return UNDOUBLE.test(stem) && stem.length > 3 ? stem.slice(0, -1) : stem;
}

/** Maps a lower-case word to its matching key. */
/** Stems that would collide with a common word if their final e went (notes/not, theme/them). */
const KEEP_E = new Set(['note', 'theme', 'here', 'were', 'some', 'home', 'none', 'done', 'gone', 'plane', 'code']);

export function stem(word: string): string {
  // An own-property test: "constructor" or "toString" in a text must not find Object's members.
  const stripped = stripInflection(Object.hasOwn(IRREGULAR, word) ? (IRREGULAR[word] as string) : word);
  // A final silent e goes, so merge/merged/merging and file/files share a key.
  if (stripped.length > 3 && stripped.endsWith('e') && !KEEP_E.has(stripped) && !VOWELS.has(stripped.at(-2) ?? '')) {
    return stripped.slice(0, -1);
  }
  return stripped;
}
