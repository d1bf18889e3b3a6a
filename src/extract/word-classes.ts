/**
 * Closed classes of words that passes over the tokens look up word by word (negation cues, the
 * words that frame a technical term as a subject). Each written word's classes are worked out
 * once, when the word table first meets it, and carried on its tokens as bits: a pass then tests
 * a bit instead of hashing the word again for every token of every task.
 */
/** Words that open a stretch naming a topic, up to the end of the clause. */
export const TOPIC_MARKERS: ReadonlySet<string> = new Set([
  'about', 'regarding', 'concerning', 'explaining', 'describing', 'summarizing', 'summarising', 'covering', 'reported',
  'complained', 'complaining',
]);

/**
 * Regimes are subjects of writing more often than code words are ("a handout that explains
 * what HIPAA requires", "a quiz on SOX"): a few more words open a topic for them.
 */
export const REGIME_TOPIC_MARKERS: ReadonlySet<string> = new Set([
  ...TOPIC_MARKERS, 'explain', 'explains', 'explained', 'describe', 'describes', 'introduce', 'introduces', 'introducing',
  'outline', 'outlines', 'outlining', 'teach', 'teaches', 'teaching', 'history', 'quiz', 'lesson', 'lessons',
]);

/** People, roles and events a technical word can describe ("backend engineer", "Python meetup"). */
export const DESCRIBED: ReadonlySet<string> = new Set([
  'engineer', 'engineers', 'developer', 'developers', 'programmer', 'programmers', 'architect', 'architects', 'team',
  'teams', 'meetup', 'meetups', 'conference', 'conferences', 'course', 'courses', 'class', 'classes', 'bootcamp',
  'role', 'roles', 'position', 'positions', 'hire', 'hires', 'hiring', 'candidate', 'candidates', 'interview',
  'interviews', 'community', 'talk', 'talks', 'workshop', 'workshops', 'certification', 'contract', 'contracts',
  'vendor', 'vendors', 'budget', 'salary', 'salaries', 'recruiter', 'guild',
]);

/** Words that report work as done at the end of a clause ("is finished", "went live"). */
export const COMPLETED: ReadonlySet<string> = new Set([
  'finished', 'done', 'complete', 'completed', 'live', 'shipped', 'launched', 'deployed', 'merged', 'released', 'fixed',
  'resolved', 'wrapped', 'behind', 'well', 'smoothly', 'successful',
]);

/** Cues that negate whatever follows them. */
export const PLAIN_CUES: ReadonlySet<string> = new Set(['no', 'not', 'never', 'without', 'nothing', 'avoid', 'skip', "don't", 'dont', 'nor', "shouldn't", "mustn't", "needn't", 'neither']);
/** Cues that describe a state ("doesn't compile"); they negate only when a need or involvement follows. */
export const STATE_CUES: ReadonlySet<string> = new Set(["doesn't", "isn't", "aren't", "won't", "can't", "didn't", "wasn't", "weren't", "wouldn't", "cannot", "couldn't", "hasn't", "haven't"]);

/** One bit per class. */
export const WORD_CLASS = {
  topicMarker: 1,
  regimeTopicMarker: 2,
  described: 4,
  completed: 8,
  negationCue: 16,
} as const;

const CLASSES: readonly (readonly [number, ReadonlySet<string>])[] = [
  [WORD_CLASS.topicMarker, TOPIC_MARKERS],
  [WORD_CLASS.regimeTopicMarker, REGIME_TOPIC_MARKERS],
  [WORD_CLASS.described, DESCRIBED],
  [WORD_CLASS.completed, COMPLETED],
  [WORD_CLASS.negationCue, new Set([...PLAIN_CUES, ...STATE_CUES])],
];

/**
 * The classes of a normalised word, as bits of `WORD_CLASS`.
 * @example classesOf('about') === (WORD_CLASS.topicMarker | WORD_CLASS.regimeTopicMarker) // true
 */
export function classesOf(norm: string): number {
  let bits = 0;
  for (const [bit, words] of CLASSES) if (words.has(norm)) bits |= bit;
  return bits;
}
