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
  /** Keys the second word must have, when it is a plain required word: a quick reject before the walk. */
  readonly secondKeys: ReadonlySet<number> | null;
}

export interface LexiconMatch {
  readonly entry: VocabularyEntry;
  readonly source: string;
  /** Token indices, inclusive start, exclusive end. */
  readonly from: number;
  readonly to: number;
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

function compileEntry(entry: VocabularyEntry, stepOf: (part: string) => Step): CompiledEntry {
  const steps: Step[] = [];
  for (const part of entry.phrase.trim().split(PHRASE_GAPS)) if (part !== '') steps.push(stepOf(part));
  const first = steps[0];
  if (!first || first.type !== 'word' || first.optional) {
    throw new Error(`vocabulary phrase must start with a required word: "${entry.phrase}"`);
  }
  const single = steps.length === 1 && first.exact.length === 0 && first.sequences.length === 0;
  const second = steps[1];
  const plain = first.sequences.length === 0 && second?.type === 'word' && !second.optional && second.sequences.length === 0;
  const secondKeys = plain ? second.keys : null;
  return { entry, steps, single, source: `${entry.origin === 'organisation' ? 'organisation' : 'phrase'}:${entry.phrase}`, secondKeys };
}

export interface Lexicon {
  /** Entries by the id of the key their first word can take (a dense array: ids are small). */
  readonly byFirstId: readonly (readonly CompiledEntry[] | undefined)[];
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
  const compiled = entries.map((entry) => compileEntry(entry, stepOf));
  // Entries by the key ids their first word can take; ids are small, so a dense array.
  const byFirstId: (CompiledEntry[] | undefined)[] = [];
  const file = (key: number, entry: CompiledEntry): void => {
    const list = byFirstId[key];
    if (list === undefined) byFirstId[key] = [entry];
    else if (list.at(-1) !== entry) list.push(entry);
  };
  for (const entry of compiled) {
    const first = entry.steps[0] as Extract<Step, { type: 'word' }>;
    for (const key of first.keys) file(key, entry);
    for (const sequence of first.sequences) file(sequence[0] as number, entry);
  }
  // Packed at its full length (never holey, never a dictionary): reads stay fast.
  const packed: (CompiledEntry[] | undefined)[] = Array.from({ length: byFirstId.length }, (_, key) => byFirstId[key]);
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

/** Finds every vocabulary match in the tokens. */
export function matchLexicon(lexicon: Lexicon, tokens: readonly Token[], shouting: ShoutingTest): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.kind !== 'word') continue;
    // Most words of a text are no vocabulary key: their ids lie past the array (no out-of-bounds read).
    const candidates = token.id >= 0 && token.id < lexicon.byFirstId.length ? lexicon.byFirstId[token.id] : undefined;
    if (!candidates) continue;
    for (const candidate of candidates) {
      if (candidate.single) {
        matches.push({ entry: candidate.entry, source: candidate.source, from: at, to: at + 1 });
        continue;
      }
      if (candidate.secondKeys) {
        const next = tokens[at + 1];
        if (next === undefined || next.kind !== 'word' || !candidate.secondKeys.has(next.id)) continue;
      }
      const end = matchSteps(candidate.steps, 0, tokens, at, shouting);
      if (end > at) matches.push({ entry: candidate.entry, source: candidate.source, from: at, to: end });
    }
  }
  return matches;
}
