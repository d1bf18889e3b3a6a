/**
 * A word's own features: its whole form, its character n-grams and its shape marks. Words of
 * plain letters skip the shape patterns; that must never drop a shape a pattern would find.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES, plainLower, wordFeatures } from '../../src/extract/learned/features.js';

/** How many features a word gives: its form, its n-grams of 3 to 5 of "<word>" (cut to 24 letters), and each shape it has. */
function expectedCount(raw: string): number {
  const lower = plainLower(raw);
  const padded = Math.min(lower.length, 24) + 2;
  let grams = 0;
  for (let size = 3; size <= 5; size += 1) grams += Math.max(0, padded - size + 1);
  return 1 + grams + SHAPES.filter(([shape]) => shape.test(raw)).length;
}

function featuresOf(raw: string, lower?: string): number[] {
  const seen: number[] = [];
  wordFeatures(raw, (index) => seen.push(index), lower);
  return seen;
}

describe('wordFeatures', () => {
  const words = [
    'deploy', 'Deploy', 'DEPLOY', 'A', 'a', 'DeployNow', 'deployNow', 'config.yaml', '--verbose', '-v',
    'snake_case', 'v2', '2024', 'a/b', 'x=1', 'CI', 'Ci', 'ÜBER', 'café', 'résumé', "don't", 'ＡＰＩ', 'ﬁle',
  ];
  it.each(words)('"%s" gives its form, its n-grams and every shape its patterns find', (raw) => {
    expect(featuresOf(raw)).toHaveLength(expectedCount(raw));
  });

  it('gives the same features with the lower-cased form passed in as without', () => {
    for (const raw of words) expect(featuresOf(raw, plainLower(raw)), raw).toEqual(featuresOf(raw));
  });

  it('finds every shape on made-up words of letters, capitals, digits and marks', () => {
    let seed = 11;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const alphabet = 'abzAZ09_-./=$é';
    for (let probe = 0; probe < 3000; probe += 1) {
      const raw = Array.from({ length: 1 + (next() % 7) }, () => alphabet.charAt(next() % alphabet.length)).join('');
      expect(featuresOf(raw), raw).toHaveLength(expectedCount(raw));
    }
  });
});
