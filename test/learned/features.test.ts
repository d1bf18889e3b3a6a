/**
 * A word's own features: its whole form, its character n-grams and its shape marks. Words of
 * plain letters skip the shape patterns; that must never drop a shape a pattern would find.
 */
import { describe, expect, it } from 'vitest';
import { PADDED_LETTERS, SHAPES, bucket, endsWord, fnv, plainLower, wordFeatures, wordWeight } from '../../src/extract/learned/features.js';
import { isSpace } from '../../src/extract/chars.js';

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

  it('gives the n-grams of "<word>" as FNV-1a over that string, seeded with their size', () => {
    for (const raw of [...words, 'x'.repeat(23), 'y'.repeat(24), 'z'.repeat(30), 'ab', '']) {
      const lower = plainLower(raw);
      const padded = `<${lower.slice(0, 24)}>`;
      const grams: number[] = [];
      for (let size = 3; size <= 5; size += 1) for (let from = 0; from + size <= padded.length; from += 1) grams.push(bucket(fnv(padded, from, from + size, size)));
      expect(featuresOf(raw).slice(1, 1 + grams.length), raw).toEqual(grams);
    }
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

describe('wordWeight', () => {
  // Made-up weights, every bucket its own, so a feature missed, added twice or in another order shows.
  const values = Int16Array.from({ length: 1 << 18 }, (_, index) => (Math.imul(index, 40503) % 32767) - 16000);
  const scale = 0.000061;
  const codes = new Int32Array(PADDED_LETTERS);
  const summed = (raw: string): number => {
    let total = 0;
    wordFeatures(raw, (index) => {
      total += Math.fround((values[index] as number) * scale);
    });
    return total;
  };

  it.each(['', 'a', 'ab', 'deploy', 'DeployNow', 'config.yaml', '--verbose', 'ÜBER', 'ﬁle', 'x'.repeat(23), 'y'.repeat(24), 'z'.repeat(25), 'antidisestablishmentarianism-and-more'])(
    '"%s" weighs what wordFeatures visits, added in its order',
    (raw) => {
      expect(wordWeight(raw, plainLower(raw), values, scale, codes)).toBe(summed(raw));
    },
  );

  it('weighs made-up words of every length up to 40 as wordFeatures does', () => {
    let seed = 5;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const alphabet = 'abzAZ09_-./=$é’';
    for (let probe = 0; probe < 2000; probe += 1) {
      const raw = Array.from({ length: next() % 41 }, () => alphabet.charAt(next() % alphabet.length)).join('');
      expect(wordWeight(raw, plainLower(raw), values, scale, codes), raw).toBe(summed(raw));
    }
  });
});

describe('endsWord', () => {
  // The definition the table holds: white space as `\s` has it (but the zero-width no-break
  // space, invisible in text) and these marks.
  const marks = new Set(' \t\n\v\f\r"`()[]{}<>,;!?|\u201c\u201d\u2018');
  const definition = (code: number): boolean => (isSpace(code) && code !== 0xfeff) || marks.has(String.fromCharCode(code));

  it('holds for every UTF-16 code unit exactly where the definition does', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) if (endsWord(code) !== definition(code)) wrong.push(code);
    expect(wrong).toEqual([]);
  });

  it.each([
    { what: 'a space', code: 0x20, ends: true },
    { what: 'a no-break space', code: 0xa0, ends: true },
    { what: 'an ideographic space', code: 0x3000, ends: true },
    { what: 'a left curly quote', code: 0x201c, ends: true },
    { what: 'a right single quote (an apostrophe)', code: 0x2019, ends: false },
    { what: 'a zero-width no-break space', code: 0xfeff, ends: false },
    { what: 'a dot', code: 0x2e, ends: false },
    { what: 'past the end of a text (NaN)', code: Number.NaN, ends: false },
  ])('$what: $ends', ({ code, ends }) => {
    expect(endsWord(code)).toBe(ends);
  });
});
