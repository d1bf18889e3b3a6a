/** The phrase syntax of vocabularies: plain words, a|b, a_b, word?, *, **, =Exact, and punctuation as a wall. */
import { describe, expect, it } from 'vitest';
import { compileLexicon, matchLexicon } from '../../src/extract/lexicon.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { createWordTable } from '../../src/extract/word-ids.js';

/** The stretches of `text` that `phrase` matches. */
function matched(phrase: string, text: string, shouting = false): string[] {
  const lexicon = compileLexicon([{ phrase, kind: 'code', weight: 1 }], createWordTable());
  const tokens = tokenize(text, lexicon.words);
  return matchLexicon(lexicon, tokens, () => shouting).map(({ from, to }) => text.slice(tokens[from]?.start, tokens[to - 1]?.end));
}

describe('lexicon phrases', () => {
  it.each([
    { phrase: 'deploy', text: 'we deployed it', found: ['deployed'] },
    { phrase: 'deploy', text: 'Deploying now', found: ['Deploying'] },
    { phrase: 'spreadsheet', text: 'two spreadsheets', found: ['spreadsheets'] },
    { phrase: 'pull request', text: 'open pull requests', found: ['pull requests'] },
    { phrase: 'ci cd', text: 'the ci-cd setup', found: ['ci-cd'] },
    { phrase: 'ci-cd', text: 'the ci cd setup', found: ['ci cd'] },
  ])('plain words match their inflections: $phrase in $text', ({ phrase, text, found }) => {
    expect(matched(phrase, text)).toEqual(found);
  });

  it.each([
    { phrase: 'push|merge code', text: 'merge code now', found: ['merge code'] },
    { phrase: 'push|merge code', text: 'pushed code now', found: ['pushed code'] },
    { phrase: 'push|merge code', text: 'pull code now', found: [] },
  ])('a|b takes either word: $text', ({ phrase, text, found }) => {
    expect(matched(phrase, text)).toEqual(found);
  });

  it.each([
    { text: 'the add on store', found: ['add on store'] },
    { text: 'the plugin store', found: ['plugin store'] },
    { text: 'the add store', found: [] },
    { text: 'the on store', found: [] },
  ])('a_b is one multi-word alternative: add_on|plugin store in $text', ({ text, found }) => {
    expect(matched('add_on|plugin store', text)).toEqual(found);
  });

  it.each([
    { text: 'run tests', found: ['run tests'] },
    { text: 'run the tests', found: ['run the tests'] },
    { text: 'run all tests', found: [] },
  ])('word? may be left out: run the? tests in $text', ({ text, found }) => {
    expect(matched('run the? tests', text)).toEqual(found);
  });

  it.each([
    { phrase: 'train * model', text: 'train a model', found: ['train a model'] },
    { phrase: 'train * model', text: 'train model', found: [] },
    { phrase: 'train * model', text: 'train the new model', found: [] },
    { phrase: 'train ** model', text: 'train model', found: ['train model'] },
    { phrase: 'train ** model', text: 'train the big new model', found: ['train the big new model'] },
    { phrase: 'train ** model', text: 'train the big new shiny model', found: [] },
  ])('* is exactly one word and ** up to three: $phrase in $text', ({ phrase, text, found }) => {
    expect(matched(phrase, text)).toEqual(found);
  });

  it.each([
    { text: 'open a PR now', shouting: false, found: ['PR'] },
    { text: 'open PRs now', shouting: false, found: ['PRs'] },
    { text: 'press the pr button', shouting: false, found: [] },
    { text: 'press the Pr button', shouting: false, found: [] },
    { text: 'OPEN A PR NOW', shouting: true, found: [] },
  ])('=Exact matches only that case, never in all-caps text: $text', ({ text, shouting, found }) => {
    expect(matched('=PR|=PRs', text, shouting)).toEqual(found);
  });

  it.each([
    { phrase: 'fix bug', text: 'fix, bug' },
    { phrase: 'fix bug', text: 'fix. Bug' },
    { phrase: 'fix ** bug', text: 'fix it; the bug' },
    { phrase: 'train * model', text: 'train (a) model' },
  ])('never crosses punctuation: $phrase in $text', ({ phrase, text }) => {
    expect(matched(phrase, text)).toEqual([]);
  });

  it.each(['* model', '** model', 'the? model'])('refuses a phrase that does not start with a required word: %s', (phrase) => {
    expect(() => compileLexicon([{ phrase, kind: 'code', weight: 1 }], createWordTable())).toThrow(/required word/);
  });

  it('finds every occurrence, in order', () => {
    expect(matched('deploy', 'deploy it, then deploy again')).toEqual(['deploy', 'deploy']);
  });
});

/*
 * A phrase is filed under its first word and, where every match fixes it, its second word's
 * keys, with the words at later fixed offsets checked before the step walk: these cases pin
 * that no path of the syntax is filtered out by those shortcuts.
 */
describe('filing by the second word and fixed offsets', () => {
  it.each([
    { phrase: 'use the? terminal', text: 'use terminal', found: ['use terminal'] },
    { phrase: 'use the? terminal', text: 'use the terminal', found: ['use the terminal'] },
    { phrase: 'use the? terminal', text: 'use a terminal', found: [] },
    { phrase: 'my to_do|todo list', text: 'my to do list', found: ['my to do list'] },
    { phrase: 'my to_do|todo list', text: 'my todo list', found: ['my todo list'] },
    { phrase: 'my to_do|todo list', text: 'my to list', found: [] },
    { phrase: 'add_on|plugin store', text: 'an add on store', found: ['add on store'] },
    { phrase: 'add_on|plugin store', text: 'an add store', found: [] },
    { phrase: 'first * of every month', text: 'the first day of every month', found: ['first day of every month'] },
    { phrase: 'first * of every month', text: 'the first day in every month', found: [] },
    { phrase: 'first * of every month', text: 'the first, of every month', found: [] },
    { phrase: 'write ** report', text: 'write the weekly report', found: ['write the weekly report'] },
    { phrase: 'write ** report', text: 'write report', found: ['write report'] },
    { phrase: 'install the', text: 'install the app', found: ['install the'] },
    { phrase: 'install the', text: 'install, the app', found: [] },
  ])('$phrase in $text', ({ phrase, text, found }) => {
    expect(matched(phrase, text)).toEqual(found);
  });

  it.each([
    { order: ['deploy', 'deploy the app'] },
    { order: ['deploy the app', 'deploy'] },
  ])('keeps the vocabulary order of matches that start at one word: $order', ({ order }) => {
    const lexicon = compileLexicon(
      order.map((phrase) => ({ phrase, kind: 'code' as const, weight: 1 })),
      createWordTable(),
    );
    const tokens = tokenize('deploy the app', lexicon.words);
    expect(matchLexicon(lexicon, tokens, () => false).map((match) => match.entry.phrase)).toEqual(order);
  });
});
