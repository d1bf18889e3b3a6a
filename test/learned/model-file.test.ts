/**
 * Reading the model file: a damaged or foreign file fails with the field named, before any
 * decision is made with it; the shipped file reads into a model whose word bins answer from the
 * look-up table the file stores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelFromFile } from '../../src/node/learned-model.js';
import { parseLearnedFile } from '../../src/schema/learned.js';
import type { LearnedFile } from '../../src/schema/learned.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const raw = (): Record<string, unknown> & { lexicon: Record<string, unknown> } => JSON.parse(readFileSync(join(ROOT, 'models/learned.json'), 'utf8')) as Record<string, unknown> & { lexicon: Record<string, unknown> };
const checked = (file: unknown): LearnedFile => {
  const parsed = parseLearnedFile(file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe('the model file schema', () => {
  it.each([
    ['a foreign format', (file: ReturnType<typeof raw>) => ({ ...file, format: 'someone-else@1' }), /^format: /],
    ['empty word-bin slots', (file: ReturnType<typeof raw>) => ({ ...file, lexicon: { ...file.lexicon, slots: '' } }), /^lexicon\.slots: /],
    ['a bin of no words', (file: ReturnType<typeof raw>) => ({ ...file, lexicon: { ...file.lexicon, bins: { '1': 'a  b' } } }), /^lexicon\.bins\.1: must be words joined by single spaces/],
  ])('names the field of a file with %s', (_name, damage, error) => {
    const parsed = parseLearnedFile(damage(raw()));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('turning a checked file into a model', () => {
  it.each([
    ['three bytes', Buffer.from([1, 2, 3])],
    ['three slots', Buffer.alloc(12)],
    ['one slot', Buffer.alloc(4)],
  ])('refuses word-bin slots of %s', (_name, bytes) => {
    const file = raw();
    file.lexicon.slots = bytes.toString('base64');
    expect(() => modelFromFile(checked(file))).toThrow(/lexicon\.slots: expected a power of two of 32-bit integers/);
  });

  it('refuses weights that do not match their recorded SHA-256', () => {
    const file = raw();
    const weights = Buffer.from(file.weights as string, 'base64');
    weights[0] = (weights[0] as number) ^ 1;
    file.weights = weights.toString('base64');
    expect(() => modelFromFile(checked(file))).toThrow(/do not match their recorded SHA-256/);
  });

  it('reads a model file written before the stored slots (the table built on the first look-up), with the same bins', () => {
    const file = raw();
    const stored = modelFromFile(checked(file)).lexicon;
    delete file.lexicon.slots;
    const built = modelFromFile(checked(file)).lexicon;
    const bins = file.lexicon.bins as Record<string, string>;
    for (const words of Object.values(bins)) for (const word of words.split(' ').slice(0, 50)) expect(built.get(word), word).toBe(stored.get(word));
    for (const word of ['nothing-like-this', 'zzzz', '']) expect(built.get(word)).toBe(stored.get(word));
  });

  it('looks words up in the stored slots: slots of another table give other bins', () => {
    const file = raw();
    const bins = file.lexicon.bins as Record<string, string>;
    const [bin, words] = Object.entries(bins)[0] as [string, string];
    const word = words.split(' ')[0] as string;
    expect(modelFromFile(checked(file)).lexicon.get(word)).toBe(Number(bin));
    // Empty slots of the same size: the same words, but a table that holds none of them.
    file.lexicon.slots = Buffer.alloc(Buffer.from(file.lexicon.slots as string, 'base64').length).toString('base64');
    expect(modelFromFile(checked(file)).lexicon.get(word)).toBeUndefined();
  });
});
