/**
 * The Debian word bins: parsed from APT's package lists and translations, counted once per
 * distinct description, centred, binned; looked up with a plural fallback; shipped inside the
 * model file with the hash of the table they came from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binOf, lexiconFeature, wordBinIndex, wordBinSlots } from '../../src/extract/learned/lexicon.js';
import { HASH_BITS } from '../../src/extract/learned/features.js';
import { loadLearnedModel } from '../../src/node/learned-model.js';
import { descriptionWords, lexiconOf, parsePackages, parseTranslations, withLongDescriptions } from '../../train/debian.js';
import { sha256 } from '../../scripts/learned-data.js';
import { byBin, littleEndianBytes } from '../../train/report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Made-up package stanzas, in the shape `apt-cache dumpavail` prints.
const DUMP = [
  'Package: sqltool\nVersion: 1\nSection: database\nDescription: query tool for database tables',
  'Package: sqltool-doc\nSection: database\nDescription: query tool for database tables',
  'Package: pyjson\nSection: python\nDescription: parse json strings with a python module',
  'Package: shtool\nSection: contrib/utils\nDescription: shell helpers for scripts and the terminal',
  'Package: pianist\nSection: sound\nDescription: play music and sing along to songs',
  'Package: painter\nSection: graphics\nDescription: paint pictures and retouch photos',
  'Package: cards\nSection: games\nDescription: card games to play with friends',
  'Package: fonts-x\nSection: fonts\nDescription: a font nobody counts',
].join('\n\n');
const TRANSLATIONS = 'Package: pianist\nDescription-md5: 0\nDescription-en: play music and sing along\n to songs with friends\n .\n and a music stand\n\nPackage: pianist\nDescription-en: ignored second copy\n';

describe('Debian package lists', () => {
  it('reads name, section without its archive area, and the summary', () => {
    const packages = parsePackages(DUMP);
    expect(packages).toHaveLength(8);
    expect(packages[3]).toEqual({ name: 'shtool', section: 'utils', description: 'shell helpers for scripts and the terminal' });
  });

  it('joins a long description and keeps the first one given for a name', () => {
    const long = parseTranslations(TRANSLATIONS);
    expect(long.get('pianist')).toBe('play music and sing along to songs with friends and a music stand');
    const merged = withLongDescriptions(parsePackages(DUMP), long);
    expect(merged.find((pkg) => pkg.name === 'pianist')?.description).toContain('music stand');
    expect(merged.find((pkg) => pkg.name === 'painter')?.description).toBe('paint pictures and retouch photos');
  });

  it.each([
    ['Bindings for C++ and C# (GTK 4)', ['bindings', 'for', 'c++', 'and', 'c#', 'gtk']],
    ['Éditeur de texte', ['éditeur', 'de', 'texte']],
  ])('splits %j into lower-cased words', (text, words) => {
    expect(descriptionWords(text)).toEqual(words);
  });
});

describe('word bins', () => {
  const lexicon = lexiconOf(parsePackages(DUMP), { minDescriptions: 1, smoothing: 1, binsPerUnit: 2, maxBin: 6 });

  it('counts a description shared by two packages once, and ignores sections on neither side', () => {
    expect(lexicon.descriptions).toEqual({ technical: 3, desktop: 3 });
    expect(lexicon.words.font).toBeUndefined();
  });

  it('leans technical words up and desktop words down', () => {
    expect(lexicon.words.query).toBeGreaterThanOrEqual(0);
    expect(lexicon.words.music).toBeLessThan(0);
    expect(lexicon.words.music).toBeLessThan(lexicon.words.query as number);
    expect(lexicon.words.photos).toBeLessThan(lexicon.words.python as number);
  });

  it('gives the same table for the same packages in any order', () => {
    const reversed = lexiconOf([...parsePackages(DUMP)].reverse(), { minDescriptions: 1, smoothing: 1, binsPerUnit: 2, maxBin: 6 });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(lexicon));
  });
});

describe('looking a word up', () => {
  const bins = new Map([['query', 3], ['photo', -2], ['ls', 1]]);

  it.each([
    ['query', 3],
    ['photos', -2],
    ["photo's", -2],
    ['ls', 1],
    ['lss', undefined],
    ['queries', undefined],
    ['unknownword', undefined],
  ] as const)('%s → %s', (word, bin) => {
    expect(binOf(bins, word)).toBe(bin);
  });

  it('gives one bucket per bin, inside the hashed space, and none for an unknown word', () => {
    expect(lexiconFeature(bins, 'query')).toBe(lexiconFeature(new Map([['table', 3]]), 'table'));
    expect(lexiconFeature(bins, 'query')).not.toBe(lexiconFeature(bins, 'photo'));
    expect(lexiconFeature(bins, 'photo')).toBeGreaterThanOrEqual(0);
    expect(lexiconFeature(bins, 'photo')).toBeLessThan(1 << HASH_BITS);
    expect(lexiconFeature(bins, 'nothing')).toBe(-1);
  });
});

describe('the shipped table', () => {
  const file = readFileSync(join(ROOT, 'models/debian-lexicon.json'), 'utf8');
  const table = JSON.parse(file) as { provenance: { releases: string[]; sha256: string }; words: Record<string, number> };

  it('records where its descriptions came from', () => {
    expect(table.provenance.releases.length).toBeGreaterThan(0);
    expect(table.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the table inside the model file, by hash and by content', () => {
    const model = JSON.parse(readFileSync(join(ROOT, 'models/learned.json'), 'utf8')) as { lexicon: { sha256: string; bins: Record<string, string>; slots: string } };
    expect(model.lexicon.sha256).toBe(sha256(file));
    expect(model.lexicon.bins).toEqual(byBin(table.words));
    // The stored look-up table is the one its bins give.
    expect(model.lexicon.slots).toBe(littleEndianBytes(wordBinSlots(model.lexicon.bins)).toString('base64'));
    // Words that are also property names of plain objects survive the round trip.
    const loaded = loadLearnedModel().lexicon;
    for (const word of ['constructor', 'prototype']) if (word in table.words) expect(loaded.get(word)).toBe(table.words[word]);
    // Every word of the table has its bin.
    for (const [word, bin] of Object.entries(table.words)) expect(loaded.get(word)).toBe(bin);
  });
});

describe('wordBinIndex', () => {
  const bins = { '3': 'index query table', '-2': 'album photo', '1': 'table' };
  const asMap = new Map<string, number>();
  for (const [bin, words] of Object.entries(bins)) for (const word of words.split(' ')) asMap.set(word, Number(bin));
  const asked = ['query', 'table', 'photo', 'album', 'index', 'tab', 'able', 'tables', 'query table', '', ' ', 'nothing', 'constructor', 'a', 'zzz'];

  it('answers as a map filled in bin order would (a word in two bins: the later one)', () => {
    const index = wordBinIndex(bins);
    for (const word of asked) expect(index.get(word), word).toBe(asMap.get(word));
  });

  it('answers the same from slots built before (as the model file stores them) as from its own', () => {
    const stored = wordBinIndex(bins, wordBinSlots(bins));
    for (const word of asked) expect(stored.get(word), word).toBe(asMap.get(word));
  });

  it('gives the same slots for the same bins, a power of two of them, at most half full', () => {
    const slots = wordBinSlots(bins);
    expect(slots).toEqual(wordBinSlots({ ...bins }));
    expect(slots.length & (slots.length - 1)).toBe(0);
    // Six words, five of them different ("table" is in two bins and has one slot).
    expect(slots.filter((slot) => slot !== 0).length).toBe(5);
    expect(slots.length).toBeGreaterThanOrEqual(2 * 6);
  });

  it.each([
    ['full of places in bins that do not exist', new Int32Array(16).fill(77 * 256 + 200 + 1)],
    ['full of places past the end of the text', new Int32Array(16).fill(9999 * 256 + 1)],
    ['of negative numbers', new Int32Array(16).fill(-5)],
  ])('with damaged slots (%s) knows nothing, without a crash or an endless probe', (_name, slots) => {
    const damaged = wordBinIndex(bins, slots);
    for (const word of asked) expect(damaged.get(word), word).toBeUndefined();
  });

  it('refuses more bins than a slot can number', () => {
    const many = Object.fromEntries(Array.from({ length: 257 }, (_, bin) => [String(bin), 'word']));
    expect(() => wordBinSlots(many)).toThrow(/257 bins, at most 256/);
  });

  it('finds no part of a word and no run of words', () => {
    const index = wordBinIndex(bins);
    expect([index.get('tab'), index.get('query table'), index.get(''), index.get(' ')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  const cases: { words: string; word: string; bin: number | undefined }[] = [
    { words: 'beta', word: 'beta', bin: 1 },
    { words: 'beta', word: 'bet', bin: undefined },
    { words: 'beta', word: 'betas', bin: undefined },
    { words: 'alpha beta gamma', word: 'alpha', bin: 1 },
    { words: 'alpha beta gamma', word: 'gamma', bin: 1 },
    { words: 'alpha beta gamma', word: 'beta', bin: 1 },
    { words: 'alpha beta gamma', word: 'aaa', bin: undefined },
    { words: 'alpha beta gamma', word: 'zeta', bin: undefined },
    { words: 'alpha beta gamma', word: 'alphabet', bin: undefined },
    { words: 'a ab abc abcd', word: 'ab', bin: 1 },
    { words: 'a ab abc abcd', word: 'abcde', bin: undefined },
    { words: 'B Z a z é', word: 'Z', bin: 1 },
    { words: 'B Z a z é', word: 'é', bin: 1 },
    { words: 'B Z a z é', word: 'b', bin: undefined },
    { words: '', word: 'a', bin: undefined },
  ];
  it.each(cases)('"$word" in "$words": $bin', ({ words, word, bin }) => {
    expect(wordBinIndex({ '1': words }).get(word)).toBe(bin);
  });

  it('gives every word of long lists its bin and knows nothing else, as a map would', () => {
    // Made-up words of one to six letters from a small alphabet, so that many share prefixes and
    // hashes collide; some words are in two bins.
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const wordOf = (): string => Array.from({ length: 1 + (next() % 6) }, () => 'abcé'.charAt(next() % 4)).join('');
    const lists: Record<string, string> = {};
    const asMapToo = new Map<string, number>();
    for (const bin of ['2', '-1', '5']) {
      const words = [...new Set(Array.from({ length: 400 }, wordOf))].sort();
      lists[bin] = words.join(' ');
    }
    for (const [bin, words] of Object.entries(lists)) for (const word of words.split(' ')) asMapToo.set(word, Number(bin));
    const index = wordBinIndex(lists);
    for (let probe = 0; probe < 2000; probe += 1) {
      const word = wordOf();
      expect(index.get(word), word).toBe(asMapToo.get(word));
    }
    for (const [word, bin] of asMapToo) expect(index.get(word), word).toBe(bin);
  });
});

describe('the bins of the shipped model', () => {
  it('are each in ascending code-unit order, as training writes them', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'models/learned.json'), 'utf8')) as { lexicon: { bins: Record<string, string> } };
    for (const [bin, words] of Object.entries(file.lexicon.bins)) {
      const list = words.split(' ');
      expect(list.every((word, index) => index === 0 || (list[index - 1] as string) < word), `bin ${bin}`).toBe(true);
    }
  });

  it('are written sorted by training, whatever order the table lists its words in', () => {
    expect(byBin({ zeta: 1, alpha: 1, Beta: 1, 'é': 1, photo: -2 })).toEqual({ '-2': 'photo', '1': 'Beta alpha zeta é' });
  });
});
