/**
 * Technical words that only name the subject of office work: "a blog post about our Kubernetes
 * move", "a job description for a backend engineer", "the Python meetup". They say what the
 * document or event is about, not that the work touches code, so they count for less.
 */
import type { Signal, SignalKind } from './signal.js';
import type { Token } from './tokenize.js';
import { firstTokenEndingAfter } from './tokenize.js';
import { WORD_CLASS } from './word-classes.js';

const AFFECTED = new Set<SignalKind>(['code', 'heavy']);

/*
 * A clause that reports technical work as already done, before the request ("now that the
 * migration is finished, ...", "The server upgrade is complete; ..."): its words are the
 * background of the request, not the work asked for. Completion words are a word class
 * (word-classes.ts); the words around them are here.
 */
/** Words right before a completion word that make it a report ("is finished", "went live"). */
const REPORTING = new Set(['is', 'was', 'are', 'were', 'been', 'went', 'got', 'now', 'finally', 'all', 'fully', 'successfully']);
/** Words that may follow the completion word at the end of its clause ("is done now", "is behind us"). */
const TRAILING = new Set(['now', 'already', 'finally', 'today', 'yesterday', 'tonight', 'again', 'successfully', 'us']);
/** How a background clause opens: a conjunction, or the subject it reports on. */
const BACKGROUND_OPENERS = new Set(['now', 'since', 'after', 'once', 'as', 'because', 'with', 'when', 'the', 'our', 'my', 'your', 'their', 'its', 'this', 'that', 'all']);
const BACKGROUND_AFFECTED = new Set<SignalKind>(['code', 'heavy', 'automation']);

/** How much a technical word counts when it only names a subject. */
export const SUBJECT_WEIGHT = 0.3;

/**
 * Per token, whether a topic marker comes before it in its clause: one pass, rather than a walk
 * back to the clause start from every signal (quadratic on a long clause full of code words).
 */
function topicFlags(tokens: readonly Token[], marker: number): boolean[] {
  const flags = new Array<boolean>(tokens.length);
  let inTopic = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    flags[index] = inTopic;
    if ((token.kind === 'punct' && token.boundary === 'hard') || opensStep(tokens, index)) inTopic = false;
    else if ((token.classes & marker) !== 0 && !aboutTo(tokens, index)) inTopic = true;
  }
  return flags;
}

/** "About to" is "going to" ("I'm about to deploy the API"): what follows is the work, not a topic. */
function aboutTo(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.norm === 'about' && tokens[index + 1]?.norm === 'to' && tokens[index + 2]?.kind === 'word' && tokens[index + 2]?.norm !== 'do';
}

/**
 * Whether a new step of work starts at this token: "and then", ", then", "afterwards", "after
 * that". A topic ends there: in "a note about the meeting, then remove the duplicates" the
 * second step is work of its own, not what the note is about.
 */
function opensStep(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.kind !== 'word') return false;
  if (token.norm === 'afterwards' || token.norm === 'afterward') return true;
  if (token.norm === 'after') return tokens[index + 1]?.norm === 'that';
  if (token.norm !== 'then') return false;
  const before = tokens[index - 1];
  return before !== undefined && (before.norm === 'and' || before.norm === ',');
}

/** Per token, no: what a pass finds when the words it needs are not in the text. */
const noFlags = (tokens: readonly Token[]): boolean[] => new Array<boolean>(tokens.length).fill(false);

/**
 * Per token, whether it lies in a background clause: one that opens as a report does, holds a
 * completion word after a reporting one, and is followed by more words (the request). Clauses
 * end at any punctuation; one pass over the clauses.
 */
function backgroundFlags(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let start = 0;
  let lastBackground: { start: number; end: number } | undefined;
  const close = (end: number): void => {
    const first = tokens[start];
    if (first?.kind === 'word' && BACKGROUND_OPENERS.has(first.norm) && reportsDone(tokens, start, end)) lastBackground = { start: lastBackground?.start ?? start, end };
    else if (lastBackground && hasWord(tokens, start, end)) {
      // A request follows the background clause(s): mark them.
      for (let index = lastBackground.start; index < lastBackground.end; index += 1) flags[index] = true;
      lastBackground = undefined;
    }
  };
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct') return;
    close(index);
    start = index + 1;
  });
  close(tokens.length);
  return flags;
}

/** Whether the clause [from, to) ends on a report of completion ("is finished", "went live now"). */
function reportsDone(tokens: readonly Token[], from: number, to: number): boolean {
  const trailing = tokens[to - 1];
  const last = trailing && TRAILING.has(trailing.norm) ? to - 2 : to - 1;
  if (last <= from) return false;
  const token = tokens[last] as Token;
  const previous = tokens[last - 1] as Token;
  return (token.classes & WORD_CLASS.completed) !== 0 && previous.kind === 'word' && REPORTING.has(previous.norm);
}

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if ((tokens[index] as Token).kind === 'word') return true;
  return false;
}

/** The word classes that can start one of the passes. */
const SUBJECT_CLASSES = WORD_CLASS.topicMarker | WORD_CLASS.regimeTopicMarker | WORD_CLASS.described | WORD_CLASS.completed;

/** Which subject word classes the text holds: a pass whose words are absent would find nothing, so it is skipped. */
function subjectWordsIn(tokens: readonly Token[]): number {
  let found = 0;
  for (const token of tokens) found |= token.classes;
  return found & SUBJECT_CLASSES;
}

const FRAMED_KINDS = new Set<SignalKind>([...AFFECTED, ...BACKGROUND_AFFECTED, 'regime', 'audit']);

/** The same signal at a fraction of its weight, keeping its regime or trigger. */
function weakened(signal: Signal, factor: number): Signal {
  const { kind, evidence, source } = signal;
  const weight = signal.weight * factor;
  if (signal.regime) return { kind, weight, evidence, source, regime: signal.regime };
  return signal.trigger ? { kind, weight, evidence, source, trigger: signal.trigger } : { kind, weight, evidence, source };
}

/**
 * Technical words that only name a subject count for less; those of a clause that reports work
 * already done are its background and do not count at all. A regime that is only the topic of the writing is not a regulated
 * workload: it stays as sensitive data, so the decision asks rather than routes.
 */
export function applySubjectFraming(signals: Signal[], tokens: readonly Token[]): Signal[] {
  if (!signals.some((signal) => FRAMED_KINDS.has(signal.kind))) return signals;
  const present = subjectWordsIn(tokens);
  if (present === 0) return signals;
  // A pass whose words the text lacks would flag nothing.
  const pass = (words: number, flags: () => boolean[]): boolean[] => ((present & words) !== 0 ? flags() : noFlags(tokens));
  let topics: boolean[] | undefined;
  let regimeTopics: boolean[] | undefined;
  let background: boolean[] | undefined;
  const framed: Signal[] = [];
  for (const signal of signals) {
    const kept = framedSignal(signal);
    if (kept) framed.push(kept);
  }
  return framed;

  function framedSignal(signal: Signal): Signal | null {
    if (!FRAMED_KINDS.has(signal.kind)) return signal;
    const first = firstTokenEndingAfter(tokens, signal.evidence.start);
    if (first < 0) return signal;
    if (signal.kind === 'regime' || signal.kind === 'audit') {
      if (!(regimeTopics ??= pass(WORD_CLASS.regimeTopicMarker, () => topicFlags(tokens, WORD_CLASS.regimeTopicMarker)))[first]) return signal;
      const { evidence, source } = signal;
      return signal.kind === 'regime' ? { kind: 'sensitive-data', weight: 1, evidence, source } : weakened(signal, SUBJECT_WEIGHT);
    }
    if (BACKGROUND_AFFECTED.has(signal.kind) && (background ??= pass(WORD_CLASS.completed, () => backgroundFlags(tokens)))[first]) return null;
    if (!AFFECTED.has(signal.kind)) return signal;
    const after = firstTokenEndingAfter(tokens, signal.evidence.end);
    const next = after >= 0 ? tokens[after] : undefined;
    const describes = next !== undefined && (next.classes & WORD_CLASS.described) !== 0;
    if (!(describes || (topics ??= pass(WORD_CLASS.topicMarker, () => topicFlags(tokens, WORD_CLASS.topicMarker)))[first])) return signal;
    return weakened(signal, SUBJECT_WEIGHT);
  }
}
