/**
 * Words the rules read in an everyday sense ("zip code", "dress code", "the bus terminal", "a bus from Fresno") give
 * the learned signal nothing either: a model that learned "code" and "terminal" from programming
 * texts must not read them there. Checked on the scan that decides what lies inside, on the
 * scorer, on training's reading (which must match the scorer's), and on whole decisions.
 */
import { describe, expect, it } from 'vitest';
import { insideOf, learnedTokens } from '../../src/extract/learned/features.js';
import type { Span } from '../../src/extract/quotes.js';
import { createScorer } from '../../src/extract/learned/scorer.js';
import { createExtractor } from '../../src/extract/extract.js';
import { createEngine, loadLearnedModel } from '../../src/index.js';

describe('which words lie inside the spans left out', () => {
  it.each([
    { spans: [], words: [[0, 3]], inside: [false], why: 'no spans' },
    { spans: [{ start: 4, end: 12 }], words: [[0, 3], [4, 7], [8, 12], [13, 16]], inside: [false, true, true, false], why: 'one span of two words' },
    { spans: [{ start: 0, end: 20 }, { start: 2, end: 6 }], words: [[0, 1], [2, 6], [10, 20], [21, 25]], inside: [true, true, true, false], why: 'a long span holding a short one' },
    { spans: [{ start: 5, end: 9 }], words: [[3, 7], [5, 9]], inside: [false, true], why: 'a word that only overlaps the span is not inside' },
  ] as { spans: Span[]; words: [number, number][]; inside: boolean[]; why: string }[])('$why', ({ spans, words, inside }) => {
    const test = insideOf(spans);
    expect(words.map(([start, end]) => test?.holds(start, end) ?? false)).toEqual(inside);
  });
});

const model = loadLearnedModel();
const extractor = createExtractor();

describe('the scorer and training read the same words', () => {
  it.each([['What is the zip code of the Yale campus'], ['Write the dress code for the gala and email it'], ['Meet me at the bus terminal at noon'], ['Deploy the API']])('%j', (text) => {
    const leftOut = extractor.extract(text).everydaySenses;
    const scored = createScorer(model).score(text, undefined, leftOut);
    const tokens = learnedTokens(text, leftOut);
    expect(scored.starts).toEqual(tokens.map((token) => token.start));
    for (const span of leftOut) expect(scored.starts.some((start, index) => start >= span.start && (scored.ends[index] as number) <= span.end)).toBe(false);
  });

  it('leaves out every word of an everyday sense, and nothing else', () => {
    const text = 'What is the zip code of the Yale campus';
    const leftOut = extractor.extract(text).everydaySenses;
    expect(leftOut.map((span) => text.slice(span.start, span.end))).toEqual(['zip code']);
    expect(learnedTokens(text, leftOut).map((token) => token.raw)).toEqual(['Yale', 'campus']);
  });
});

describe('decisions on everyday senses give no learned code reason on their words', () => {
  const engine = createEngine({ learned: model });
  it.each([['What is the zip code of the Yale campus'], ['Write the dress code for the gala'], ['Which gate does the bus terminal use for the airport shuttle'], ['Find me a bus from Fresno to Sacramento on Friday']])('%j', (text) => {
    const decision = engine.decide({ text });
    expect(decision.surface).toBe('cowork');
    const words = decision.reasons.flatMap((reason) => reason.evidence.map((span) => span.text.toLowerCase()));
    expect(words.some((word) => /\b(?:code|terminal|bus)\b/.test(word))).toBe(false);
  });
});
