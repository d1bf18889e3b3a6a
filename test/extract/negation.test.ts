/** Negation scope: a cue negates what follows up to its clause's end or a turn word; fault reports are not negated. */
import { describe, expect, it } from 'vitest';
import { extractSignals } from './helpers.js';
import { negatedTokens } from '../../src/extract/negation.js';
import { tokenize } from '../../src/extract/tokenize.js';

/** The words of `text` that lie in a negation scope, in order. */
function negatedWords(text: string): string[] {
  const tokens = tokenize(text);
  const negated = negatedTokens(tokens);
  return tokens.filter((_, index) => negated[index]).map((token) => token.raw);
}

const kindsOf = (text: string): string[] => extractSignals(text).signals.map((signal) => signal.kind);

describe('negatedTokens', () => {
  it.each([
    { text: 'no coding needed', negated: ['coding', 'needed'] },
    { text: "don't deploy anything yet", negated: ['deploy', 'anything'] },
    { text: 'this is not a coding task', negated: ['a', 'coding', 'task'] },
    { text: "it doesn't need any code", negated: ['need', 'any', 'code'] },
    { text: 'this does not involve a server', negated: ['involve', 'a', 'server'] },
    { text: 'never use the terminal', negated: ['use', 'the', 'terminal'] },
    { text: 'never bypass the review', negated: ['bypass', 'the', 'review'] },
    { text: 'it never needs a script', negated: ['needs', 'a', 'script'] },
    { text: 'without touching the repo', negated: ['touching', 'the', 'repo'] },
    { text: 'skip the deploy', negated: ['the', 'deploy'] },
    { text: 'this data is not covered by HIPAA', negated: ['covered', 'by', 'HIPAA'] },
    { text: "the export isn't subject to PCI", negated: ['subject', 'to', 'PCI'] },
  ])('negates what a request rules out: $text', ({ text, negated }) => {
    expect(negatedWords(text)).toEqual(negated);
  });

  it.each([
    "the build doesn't compile",
    "the job won't start",
    "the script isn't running",
    'the tests are not passing',
    "the site can't load",
    "the cron job didn't run last night",
    'the welcome email never arrives when a user signs up',
    'the nightly export never finishes on the staging server',
  ])('leaves a description of a fault alone: %s', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it.each([
    { text: "don't deploy; write the memo", negated: ['deploy'] },
    { text: "don't deploy. Write the memo", negated: ['deploy'] },
    { text: "don't deploy, write the memo", negated: ['deploy'] },
    { text: "don't deploy but write the memo", negated: ['deploy'] },
    { text: 'no code, just the slides', negated: ['code'] },
    { text: 'no code just the slides', negated: ['code'] },
    { text: 'no server then the deck', negated: ['server'] },
  ])('ends the scope at punctuation or a turn word: $text', ({ text, negated }) => {
    expect(negatedWords(text)).toEqual(negated);
  });

  it('ends the scope after six words at most', () => {
    expect(negatedWords('no one two three four five six seven eight')).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
  });
});

describe('negation in extraction', () => {
  it.each([
    { text: 'No coding needed, just tidy the slides.', gone: 'code' },
    { text: "Don't deploy anything yet.", gone: 'code' },
    { text: 'This is not a coding task.', gone: 'code' },
    { text: 'Without a spreadsheet, please.', gone: 'knowledge' },
    { text: 'No need to run it every Monday.', gone: 'automation' },
  ])('drops the $gone signal in "$text"', ({ text, gone }) => {
    expect(kindsOf(text)).not.toContain(gone);
  });

  it.each([
    { text: "The build doesn't compile.", kept: 'code' },
    { text: 'Deploy the API, not the docs site.', kept: 'code' },
    { text: "Don't email anyone; just deploy the API.", kept: 'code' },
  ])('keeps the $kept signal in "$text"', ({ text, kept }) => {
    expect(kindsOf(text)).toContain(kept);
  });
});
