/**
 * The scorer reads words exactly as training does (`learnedTokens`): same offsets, same words,
 * same bigram hashes, whatever the spacing, quotes, edge marks or case, and whatever it has
 * cached from the texts before.
 */
import { describe, expect, it } from 'vitest';
import { learnedTokens } from '../../src/extract/learned/features.js';
import { createScorer } from '../../src/extract/learned/scorer.js';
import { loadLearnedModel } from '../../src/index.js';

const scorer = createScorer(loadLearnedModel());

const TEXTS = [
  'Fix the bug.',
  "Don't deploy on Fridays; it's 'risky'.",
  '...leading dots and trailing colons::',
  'tabs\tand\u00a0non-breaking\u2003spaces\u3000too',
  '“Curly” ‘quotes’ and `back ticks` (with brackets) [and more] {braces} <angles>',
  'A single mark: . : \u2019 \'',
  'ÜBER İstanbul Straße — résumé, naïve café!',
  'config.yaml, ./scripts/run.sh --verbose and C:\\Users\\me',
  'Deploy deploy DEPLOY Deploy.',
  'I\u2019m sure you\u2019re right, would\u2019ve said so',
  '',
  '   ',
];

describe('the scorer reads words as training does', () => {
  it.each(TEXTS.map((text) => [text]))('%j', (text) => {
    const expected = learnedTokens(text).map(({ start, end, raw, hash }) => ({ start, end, raw, hash }));
    // Twice: the second read comes from the cache.
    for (let pass = 0; pass < 2; pass += 1) {
      const scored = scorer.score(text);
      expect(scored.tokens.map(({ start, end, raw, hash }) => ({ start, end, raw, hash }))).toEqual(expected);
      expect(scored.shares.length).toBe(expected.length);
    }
  });

  it('gives the same shares to a text whether its words were cached or not', () => {
    const text = 'restart the nginx service and rotate its logs';
    const fresh = createScorer(loadLearnedModel()).score(text).shares;
    scorer.score('nginx logs rotate restart');
    expect([...scorer.score(text).shares]).toEqual([...fresh]);
  });
});
