/**
 * Technical words that only name the subject of office work: "a blog post about our Kubernetes
 * move", "a job description for a backend engineer", "the Python meetup". They say what the
 * document or event is about, not that the work touches code, so they count for less.
 */
import type { Signal, SignalKind } from './signal.js';
import type { Token } from './tokenize.js';
import { firstTokenEndingAfter } from './tokenize.js';

/** Words that open a stretch naming a topic, up to the end of the clause. */
const TOPIC_MARKERS = new Set([
  'about', 'regarding', 'concerning', 'explaining', 'describing', 'summarizing', 'summarising', 'covering', 'reported',
  'complained', 'complaining',
]);
/** People, roles and events a technical word can describe ("backend engineer", "Python meetup"). */
const DESCRIBED = new Set([
  'engineer', 'engineers', 'developer', 'developers', 'programmer', 'programmers', 'architect', 'architects', 'team',
  'teams', 'meetup', 'meetups', 'conference', 'conferences', 'course', 'courses', 'class', 'classes', 'bootcamp',
  'role', 'roles', 'position', 'positions', 'hire', 'hires', 'hiring', 'candidate', 'candidates', 'interview',
  'interviews', 'community', 'talk', 'talks', 'workshop', 'workshops', 'certification', 'contract', 'contracts',
  'vendor', 'vendors', 'budget', 'salary', 'salaries', 'recruiter', 'guild',
]);
const AFFECTED = new Set<SignalKind>(['code', 'heavy']);

/** How much a technical word counts when it only names a subject. */
export const SUBJECT_WEIGHT = 0.3;

/**
 * Per token, whether a topic marker comes before it in its clause: one pass, rather than a walk
 * back to the clause start from every signal (quadratic on a long clause full of code words).
 */
function topicFlags(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length);
  let inTopic = false;
  tokens.forEach((token, index) => {
    flags[index] = inTopic;
    if (token.kind === 'punct' && token.boundary === 'hard') inTopic = false;
    else if (token.kind === 'word' && TOPIC_MARKERS.has(token.norm)) inTopic = true;
  });
  return flags;
}

/** Either kind of word, for a one-look-up check of whether the pass is needed at all. */
const SUBJECT_WORDS = new Set([...TOPIC_MARKERS, ...DESCRIBED]);
const mentionsSubject = (token: Token): boolean => token.kind === 'word' && SUBJECT_WORDS.has(token.norm);

export function applySubjectFraming(signals: Signal[], tokens: readonly Token[]): Signal[] {
  if (!signals.some((signal) => AFFECTED.has(signal.kind)) || !tokens.some(mentionsSubject)) return signals;
  let topics: boolean[] | undefined;
  return signals.map((signal) => {
    if (!AFFECTED.has(signal.kind)) return signal;
    const first = firstTokenEndingAfter(tokens, signal.evidence.start);
    const after = firstTokenEndingAfter(tokens, signal.evidence.end);
    const next = after >= 0 ? tokens[after] : undefined;
    const describes = next?.kind === 'word' && DESCRIBED.has(next.norm);
    if (first < 0 || !(describes || (topics ??= topicFlags(tokens))[first])) return signal;
    const weight = signal.weight * SUBJECT_WEIGHT;
    const { kind, evidence, source } = signal;
    return signal.regime ? { kind, weight, evidence, source, regime: signal.regime } : { kind, weight, evidence, source };
  });
}
