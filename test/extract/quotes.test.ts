/** Quoted titles and messages name things; their words count for less than the same words outside quotes. */
import { describe, expect, it } from 'vitest';
import { extractSignals } from './helpers.js';
import { QUOTED_WEIGHT, quotedSpans } from '../../src/extract/quotes.js';

const quoted = (text: string): string[] => quotedSpans(text).map((span) => text.slice(span.start, span.end));

/** The weight of the signal whose evidence is `word`. */
function weightOf(text: string, word: string): number | undefined {
  return extractSignals(text).signals.find((signal) => signal.evidence.text === word)?.weight;
}

describe('quotedSpans', () => {
  it.each([
    { text: 'create an issue titled "Improve logging" today', spans: ['"Improve logging"'] },
    { text: 'the “Launch Plan” doc', spans: ['“Launch Plan”'] },
    { text: 'reply ‘thanks, done’ to her', spans: ['‘thanks, done’'] },
    { text: "reply with 'Closing as stale' and move on", spans: ["'Closing as stale'"] },
    { text: 'two: "a" and "b"', spans: ['"a"', '"b"'] },
  ])('finds the quoted stretch in $text', ({ text, spans }) => {
    expect(quoted(text)).toEqual(spans);
  });

  it.each([
    "it's Sam's turn and the team's deck",
    "don't stop, won't stop",
    'a "quote that never ends',
    'a line "broken\nacross lines"',
  ])('finds nothing in %j', (text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('quoted words in extraction', () => {
  it.each([
    { text: 'Create a Trello card titled "Refactor the API".', word: 'Refactor', plain: 'Refactor the API.' },
    { text: "Reply with 'deploy tonight' to the thread.", word: 'deploy', plain: 'Please deploy tonight.' },
    { text: 'Name the deck “Spreadsheet tips”.', word: 'Spreadsheet', plain: 'Spreadsheet tips.' },
  ])('counts $word inside quotes at a fraction of its weight', ({ text, word, plain }) => {
    const outside = weightOf(plain, word);
    const inside = weightOf(text, word);
    expect(outside).toBeGreaterThan(0);
    expect(inside).toBeCloseTo((outside ?? 0) * QUOTED_WEIGHT, 5);
  });

  it('weighs quoted words less than unquoted ones', () => {
    expect(QUOTED_WEIGHT).toBeGreaterThan(0);
    expect(QUOTED_WEIGHT).toBeLessThan(1);
  });
});

describe('quotedSpans, a one-pass scan', () => {
  // The pattern it replaced (quadratic on a run of opening marks), as the reference on short texts.
  const REFERENCE = /"[^"\n]{1,200}"|“[^”\n]{1,200}”|‘[^’\n]{1,200}’|(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])/gu;
  const ALPHABET = ['"', "'", '“', '”', '‘', '’', 'a', '1', ' ', '\n'];
  /** A small deterministic generator, so the cases are the same on every run. */
  const textOf = (seed: number): string => {
    let state = seed;
    let text = '';
    for (let index = 0; index < 24; index += 1) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      text += ALPHABET[state % ALPHABET.length];
    }
    return text;
  };

  it.each(Array.from({ length: 200 }, (_, seed) => textOf(seed + 1)))('finds what the pattern found in %j', (text) => {
    const expected = [...text.matchAll(REFERENCE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    expect(quotedSpans(text)).toEqual(expected);
  });
});
