/**
 * Phrase vocabularies compiled for fast matching over tokens.
 *
 * A phrase is written in plain words, matched after the same normalising and stemming as the
 * text, so "deploy" also finds "deployed". Within a phrase:
 *   `a|b`   either word;   `add_on|plugin` either `add on` or `plugin` (`_` joins the words of
 *           one alternative);   `word?` optional;   `*` any one word;   `**` up to three words;
 *   `=Word` matches only that exact case (for IT, PR, PATH ...), never in all-caps text.
 * Phrases never cross punctuation.
 */
import type { Regime, Trigger } from '../core/ids.js';
import type { SignalKind } from './signal.js';
import { stem } from './stem.js';
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';
import type { WordTable } from './word-ids.js';

export interface VocabularyEntry {
  readonly phrase: string;
  readonly kind: SignalKind | 'mask';
  readonly weight: number;
  /** For `mask` entries: the kind whose matches inside this phrase do not count ("zip code"). */
  readonly masks?: SignalKind;
  readonly regime?: Regime;
  /** For `automation` entries: whether the words name a clock schedule or an event trigger. */
  readonly trigger?: Trigger;
  /** Words an organisation added (its config file), so reasons can say whose word it was. */
  readonly origin?: 'organisation';
}

type Step =
  | {
      readonly type: 'word';
      readonly keys: ReadonlySet<number>;
      readonly exact: readonly string[];
      /** Alternatives of several words, as key sequences. */
      readonly sequences: readonly (readonly number[])[];
      readonly optional: boolean;
    }
  | { readonly type: 'gap'; readonly max: number };

interface CompiledEntry {
  readonly entry: VocabularyEntry;
  readonly steps: readonly Step[];
  /** One plain word: matched by its index key alone, with no step walk (most entries). */
  readonly single: boolean;
  /** `phrase:<the phrase>`, made once here rather than for every match. */
  readonly source: string;
  /**
   * Keys the token after the first word must have, whatever path the match takes, or null when
   * it can be any: the entry is filed by them, so a look-up of the next token finds it.
   */
  readonly second: ReadonlySet<number> | null;
  /** Keys the tokens at later fixed offsets must have: a quick reject before the step walk. */
  readonly later: readonly OffsetCheck[];
  /** Its place in the vocabulary: matches at one token keep the vocabulary's order. */
  readonly order: number;
}

/**
 * The entries one first word can start. Most phrases fix their second word's keys: those are
 * filed by it, so one look-up of the next token finds them; the rest are tried in turn.
 */
interface FirstWordEntries {
  /** Entries the second token does not narrow (one word, or a gap next), in vocabulary order. */
  readonly open: readonly CompiledEntry[];
  /** Entries by a key their second token must have, each list in vocabulary order. */
  readonly bySecond: ReadonlyMap<number, readonly CompiledEntry[]> | undefined;
}

interface OffsetCheck {
  readonly offset: number;
  readonly keys: ReadonlySet<number>;
}

export interface LexiconMatch {
  readonly entry: VocabularyEntry;
  readonly source: string;
  /** Token indices, inclusive start, exclusive end. */
  readonly from: number;
  readonly to: number;
  /** The entry's place in the vocabulary. */
  readonly order: number;
}

/** Turns a vocabulary word into its key id, the way the tokenizer keys the text's words. */
type KeyOf = (word: string) => number;

/** A vocabulary word of plain letters: the tokenizer would read it as one word keyed by its stem. */
const PLAIN_WORD = /^[a-z]+$/i;

/**
 * Vocabulary words repeat a lot; each is keyed once per compile. A word of plain letters is
 * stemmed directly (the tokenizer's reading of it, without running the tokenizer: compiling is on
 * every one-shot run's path); anything else is keyed by tokenizing it.
 */
function keyMaker(words: WordTable): KeyOf {
  const cache = new Map<string, number>();
  return (word) => {
    let key = cache.get(word);
    if (key === undefined) {
      const stemmed = PLAIN_WORD.test(word) ? stem(word.toLowerCase()) : (tokenize(word, words)[0]?.stem ?? stem(word.toLowerCase()));
      key = words.internKey(stemmed);
      cache.set(word, key);
    }
    return key;
  };
}

const NO_WORDS: readonly string[] = Object.freeze([]);
const NO_SEQUENCES: readonly (readonly number[])[] = Object.freeze([]);
const ANY_WORD: Step = Object.freeze({ type: 'gap', max: -1 });
const UP_TO_THREE: Step = Object.freeze({ type: 'gap', max: 3 });

function compileStep(part: string, keyOf: KeyOf): Step {
  if (part === '*') return ANY_WORD;
  if (part === '**') return UP_TO_THREE;
  // Most steps are one plain word: no alternatives, case marks or joined words to sort out.
  if (PLAIN_WORD.test(part)) return { type: 'word', keys: new Set([keyOf(part)]), exact: NO_WORDS, sequences: NO_SEQUENCES, optional: false };
  const optional = part.endsWith('?');
  const body = optional ? part.slice(0, -1) : part;
  const keys = new Set<number>();
  const exact: string[] = [];
  const sequences: number[][] = [];
  for (const word of body.split('|')) {
    if (word.includes('_')) sequences.push(word.split('_').map(keyOf));
    else if (word.startsWith('=')) exact.push(word.slice(1));
    else keys.add(keyOf(word));
  }
  for (const word of exact) keys.add(keyOf(word));
  return { type: 'word', keys, exact: exact.length > 0 ? exact : NO_WORDS, sequences: sequences.length > 0 ? sequences : NO_SEQUENCES, optional };
}

/** Hyphens and spaces both separate words, as they do in the text. */
const PHRASE_GAPS = /[\s-]+/;

/**
 * Compiles each distinct step once: vocabularies repeat steps ("the?", "code", "**") across
 * entries, and a step is never changed after it is made, so entries can share it.
 */
function stepMaker(keyOf: KeyOf): (part: string) => Step {
  const made = new Map<string, Step>();
  return (part) => {
    let step = made.get(part);
    if (step === undefined) {
      step = compileStep(part, keyOf);
      made.set(part, step);
    }
    return step;
  };
}

function compileEntry(entry: VocabularyEntry, order: number, stepOf: (part: string) => Step): CompiledEntry {
  const steps: Step[] = [];
  for (const part of entry.phrase.trim().split(PHRASE_GAPS)) if (part !== '') steps.push(stepOf(part));
  const first = steps[0];
  if (!first || first.type !== 'word' || first.optional) {
    throw new Error(`vocabulary phrase must start with a required word: "${entry.phrase}"`);
  }
  const single = steps.length === 1 && first.exact.length === 0 && first.sequences.length === 0;
  return { entry, steps, single, source: `${entry.origin === 'organisation' ? 'organisation' : 'phrase'}:${entry.phrase}`, ...offsetChecks(steps), order };
}

/** The keys a match's next token can start with from step `at` on, or null when it can be any token (a gap, or the end). */
function startKeys(steps: readonly Step[], at: number): Set<number> | null {
  const step = steps[at];
  if (step === undefined || step.type === 'gap') return null;
  const keys = new Set(step.keys);
  for (const sequence of step.sequences) keys.add(sequence[0] as number);
  if (!step.optional) return keys;
  const rest = startKeys(steps, at + 1);
  if (rest === null) return null;
  for (const key of rest) keys.add(key);
  return keys;
}

/** Whether a step always takes exactly one word token. */
const oneWord = (step: Step | undefined): boolean =>
  step !== undefined && (step.type === 'gap' ? step.max < 0 : !step.optional && step.sequences.length === 0);

/**
 * What the tokens after the first word must be for any match: the second token's keys on every
 * path (after a joined first word, its second word), and, while the steps take one word each,
 * the keys of each later required word at its fixed offset.
 */
function offsetChecks(steps: readonly Step[]): { second: ReadonlySet<number> | null; later: OffsetCheck[] } {
  const first = steps[0] as Extract<Step, { type: 'word' }>;
  if (steps.length === 1 && first.sequences.length === 0) return { second: null, later: [] };
  let second = first.keys.size > 0 ? startKeys(steps, 1) : new Set<number>();
  for (const sequence of first.sequences) {
    if (second === null) break;
    if (sequence.length < 2) second = startKeys(steps, 1);
    else second.add(sequence[1] as number);
  }
  const later: OffsetCheck[] = [];
  if (first.sequences.length > 0) return { second, later };
  // While every step takes one word, step `at` is the token at offset `at`.
  for (let at = 1; at < steps.length && oneWord(steps[at]); at += 1) {
    const step = steps[at] as Step;
    if (at >= 2 && step.type === 'word') later.push({ offset: at, keys: step.keys });
  }
  return { second, later };
}

export interface Lexicon {
  /** Entries by the id of the key their first word can take (a dense array: ids are small). */
  readonly byFirstId: readonly (FirstWordEntries | undefined)[];
  readonly size: number;
  /** The word table the keys come from: tokenize the text with it so ids match. */
  readonly words: WordTable;
}

/**
 * Compiles phrases into a lexicon keyed in `words`.
 * @example const lexicon = compileLexicon([{ phrase: 'deploy', kind: 'code', weight: 1.2 }], createWordTable());
 */
export function compileLexicon(entries: readonly VocabularyEntry[], words: WordTable): Lexicon {
  const stepOf = stepMaker(keyMaker(words));
  const compiled = entries.map((entry, order) => compileEntry(entry, order, stepOf));
  // Entries by the key ids their first word can take; ids are small, so a dense array.
  const byFirstId: ({ open: CompiledEntry[]; bySecond: Map<number, CompiledEntry[]> | undefined } | undefined)[] = [];
  const file = (list: CompiledEntry[], entry: CompiledEntry): void => {
    if (list.at(-1) !== entry) list.push(entry);
  };
  const fileUnder = (key: number, entry: CompiledEntry): void => {
    const group = (byFirstId[key] ??= { open: [], bySecond: undefined });
    const { second } = entry;
    if (second === null) return file(group.open, entry);
    group.bySecond ??= new Map();
    for (const next of second) {
      const list = group.bySecond.get(next);
      if (list === undefined) group.bySecond.set(next, [entry]);
      else file(list, entry);
    }
  };
  for (const entry of compiled) {
    const first = entry.steps[0] as Extract<Step, { type: 'word' }>;
    for (const key of first.keys) fileUnder(key, entry);
    for (const sequence of first.sequences) fileUnder(sequence[0] as number, entry);
  }
  // Packed at its full length (never holey, never a dictionary): reads stay fast.
  const packed: (FirstWordEntries | undefined)[] = Array.from({ length: byFirstId.length }, (_, key) => byFirstId[key]);
  return { byFirstId: packed, size: entries.length, words };
}

/** Whether the text is in all caps; asked only when a case-marked word is at stake. */
export type ShoutingTest = () => boolean;

function wordMatches(step: Extract<Step, { type: 'word' }>, token: Token, shouting: ShoutingTest): boolean {
  if (token.kind !== 'word' || !step.keys.has(token.id)) return false;
  if (step.exact.length === 0) return true;
  // Case-marked words (IT, PR) are ambiguous in lower case and unreadable in all caps.
  return step.exact.includes(token.raw) && !shouting();
}

/** Returns the end (exclusive) of the longest match of `steps` from token `at`, or -1. */
function matchSteps(steps: readonly Step[], stepAt: number, tokens: readonly Token[], at: number, shouting: ShoutingTest): number {
  if (stepAt === steps.length) return at;
  const step = steps[stepAt] as Step;
  if (step.type === 'gap') {
    const max = step.max < 0 ? 1 : step.max;
    const min = step.max < 0 ? 1 : 0;
    const next = steps[stepAt + 1];
    // Cheap look-ahead: a required plain word after the gap must be there before we recurse.
    const plainNext = next?.type === 'word' && !next.optional && next.sequences.length === 0 ? next : undefined;
    for (let skip = max; skip >= min; skip -= 1) {
      if (plainNext && !plainNext.keys.has(tokens[at + skip]?.id ?? -1)) continue;
      if (!allWords(tokens, at, at + skip)) continue;
      const end = matchSteps(steps, stepAt + 1, tokens, at + skip, shouting);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (token && wordMatches(step, token, shouting)) {
    const end = matchSteps(steps, stepAt + 1, tokens, at + 1, shouting);
    if (end >= 0) return end;
  }
  for (const sequence of step.sequences) {
    if (!sequenceMatches(sequence, tokens, at)) continue;
    const end = matchSteps(steps, stepAt + 1, tokens, at + sequence.length, shouting);
    if (end >= 0) return end;
  }
  return step.optional ? matchSteps(steps, stepAt + 1, tokens, at, shouting) : -1;
}

function sequenceMatches(sequence: readonly number[], tokens: readonly Token[], at: number): boolean {
  return sequence.every((key, offset) => {
    const token = tokens[at + offset];
    return token?.kind === 'word' && token.id === key;
  });
}

function allWords(tokens: readonly Token[], from: number, to: number): boolean {
  if (to > tokens.length) return false;
  for (let index = from; index < to; index += 1) if (tokens[index]?.kind !== 'word') return false;
  return true;
}

function passesChecks(checks: readonly OffsetCheck[], tokens: readonly Token[], at: number): boolean {
  for (const check of checks) {
    const token = tokens[at + check.offset];
    if (token === undefined || token.kind !== 'word' || !check.keys.has(token.id)) return false;
  }
  return true;
}

/** Appends the matches at token `at` of entries whose first word it is. */
function matchEntries(entries: readonly CompiledEntry[], tokens: readonly Token[], at: number, shouting: ShoutingTest, matches: LexiconMatch[]): void {
  for (const candidate of entries) {
    if (candidate.single) {
      matches.push({ entry: candidate.entry, source: candidate.source, from: at, to: at + 1, order: candidate.order });
      continue;
    }
    if (candidate.later.length > 0 && !passesChecks(candidate.later, tokens, at)) continue;
    const end = matchSteps(candidate.steps, 0, tokens, at, shouting);
    if (end > at) matches.push({ entry: candidate.entry, source: candidate.source, from: at, to: end, order: candidate.order });
  }
}

/** Sorts the matches from `from` on (one token's, a handful) back into vocabulary order: insertion sort. */
function inVocabularyOrder(matches: LexiconMatch[], from: number): void {
  for (let index = from + 1; index < matches.length; index += 1) {
    const match = matches[index] as LexiconMatch;
    let to = index;
    while (to > from && (matches[to - 1] as LexiconMatch).order > match.order) {
      matches[to] = matches[to - 1] as LexiconMatch;
      to -= 1;
    }
    matches[to] = match;
  }
}

/** Finds every vocabulary match in the tokens. */
export function matchLexicon(lexicon: Lexicon, tokens: readonly Token[], shouting: ShoutingTest): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.kind !== 'word') continue;
    // Most words of a text are no vocabulary key: their ids lie past the array (no out-of-bounds read).
    const group = token.id >= 0 && token.id < lexicon.byFirstId.length ? lexicon.byFirstId[token.id] : undefined;
    if (!group) continue;
    const before = matches.length;
    matchEntries(group.open, tokens, at, shouting, matches);
    const paired = group.bySecond?.get(tokens[at + 1]?.id ?? -1);
    if (paired === undefined) continue;
    const between = matches.length;
    matchEntries(paired, tokens, at, shouting, matches);
    if (between > before && matches.length > between) inVocabularyOrder(matches, before);
  }
  return matches;
}
