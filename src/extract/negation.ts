/**
 * Negation and its scope: "no coding needed", "don't deploy anything yet", "this is not a
 * coding task". A cue negates the words after it up to the end of its clause, a turn word
 * (but, just, instead ...) or a few words, whichever comes first. Descriptions of a fault
 * ("it doesn't compile", "the job won't start") are not negated requests and are left alone.
 */
import type { Token } from './tokenize.js';
import { PLAIN_CUES, STATE_CUES, WORD_CLASS } from './word-classes.js';

const NEED_WORDS = new Set([
  'need', 'needs', 'require', 'requires', 'involve', 'involves', 'use', 'include', 'touch', 'have', 'a', 'an', 'about', 'any',
  // Whether a rule or a regime applies: "is not covered by HIPAA", "isn't subject to PCI DSS".
  'covered', 'subject', 'regulated', 'governed', 'bound',
]);
/** After these, "not" describes a state too ("is not working", "does not compile"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'does', 'did', 'do', 'can', 'could', 'will', 'would', 'has', 'have', 'should', 'must', 'may', 'might']);
const TURN_WORDS = new Set(['but', 'just', 'only', 'instead', 'rather', 'then', 'so', 'however', 'except', 'though', 'although', 'yet', 'and']);
const MAX_SCOPE_WORDS = 6;

function isCue(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  // Either kind of cue: one bit rules out the rest.
  if ((token.classes & WORD_CLASS.negationCue) === 0) return false;
  const next = tokens[at + 1];
  const nextNorm = next?.kind === 'word' ? next.norm : '';
  if (STATE_CUES.has(token.norm)) return NEED_WORDS.has(nextNorm);
  // "Never" before a verb that has its -s ("the email never arrives", "the job never finishes")
  // describes what something does, as "doesn't" does; before a plain verb it is a request ("never deploy").
  if (token.norm === 'never' && saysWhatItDoes(nextNorm)) return NEED_WORDS.has(nextNorm);
  if (!PLAIN_CUES.has(token.norm)) return false;
  if (token.norm === 'not') {
    const previous = tokens[at - 1];
    if (previous?.kind === 'word' && AUXILIARIES.has(previous.norm)) return NEED_WORDS.has(nextNorm);
  }
  return true;
}

/** A verb with its third-person -s ("arrives", "loads", "gets"), not a plain verb that ends in s ("process", "focus", "bypass"). */
function saysWhatItDoes(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is');
}

/**
 * Marks every word token that lies in a negation scope.
 * @returns a flag per token: true when the token is negated.
 */
export function negatedTokens(tokens: readonly Token[]): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    if (token.kind !== 'word' || !isCue(tokens, at)) continue;
    let words = 0;
    for (let next = at + 1; next < tokens.length && words < MAX_SCOPE_WORDS; next += 1) {
      const inScope = tokens[next] as Token;
      if (inScope.kind === 'punct') break;
      // "yet" right after the cue belongs to it ("not yet"); later it turns the clause.
      if (TURN_WORDS.has(inScope.norm) && !(inScope.norm === 'yet' && words === 0)) break;
      negated[next] = true;
      words += 1;
    }
  }
  return negated;
}
