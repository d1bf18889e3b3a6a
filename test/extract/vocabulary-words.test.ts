/**
 * Every vocabulary entry reads as the word it means: none reduces, after tokenising and stemming,
 * to a single letter or a stop word ("g++" once became "g", and "500 g of coffee" read as code).
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.js';
import { BUILT_IN_VOCABULARY } from '../../src/extract/vocabulary/index.js';
import { extractSignals } from './helpers.js';

/** Common English words that carry no meaning of their own. */
const STOP_WORDS = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been am it its this that these those there here i you he she we they me him her us them my your our their not no so do does did has have had will would can could shall should may might must than then too very just also into onto over under up down out off about again once all any both each few more most other some such only own same s t'.split(' '),
);

/** The words of an entry that fire it alone: each alternative of a one-word phrase. */
const singleWords = BUILT_IN_VOCABULARY.flatMap((entry) => {
  const parts = entry.phrase.trim().split(/[\s-]+/);
  if (parts.length !== 1) return [];
  return (parts[0] ?? '').split('|').filter((word) => !word.includes('_')).map((word) => ({ phrase: entry.phrase, word: word.replace(/^=/, '') }));
});

describe('vocabulary entries', () => {
  it('has one-word entries to check', () => {
    expect(singleWords.length).toBeGreaterThan(100);
  });

  it.each(singleWords.map(({ phrase, word }) => [word, phrase] as const))('%s (from "%s") stays a word of its own', (word) => {
    const tokens = tokenize(word).filter((token) => token.kind === 'word');
    expect(tokens.map((token) => token.norm)).toHaveLength(1);
    const [token] = tokens;
    expect(token?.stem.length).toBeGreaterThan(1);
    expect(STOP_WORDS.has(token?.stem ?? '')).toBe(false);
  });

  it.each([
    { text: 'Order 500 g of coffee beans for the office', code: false },
    { text: 'Compile the project with g++ and fix the warnings', code: true },
  ])('"$text" is code work: $code', ({ text, code }) => {
    const signals = extractSignals(text).signals.filter((signal) => signal.kind === 'code');
    expect(signals.some((signal) => signal.evidence.text.toLowerCase() === 'g' || signal.evidence.text === 'g++')).toBe(code);
  });
});
