/** Word classes: each written word's closed classes, worked out once and carried on its tokens as bits. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.js';
import { classesOf, WORD_CLASS } from '../../src/extract/word-classes.js';
import { createWordTable } from '../../src/extract/word-ids.js';

describe('classesOf', () => {
  it.each([
    { word: 'about', classes: WORD_CLASS.topicMarker | WORD_CLASS.regimeTopicMarker },
    { word: 'explains', classes: WORD_CLASS.regimeTopicMarker },
    { word: 'engineer', classes: WORD_CLASS.described },
    { word: 'finished', classes: WORD_CLASS.completed },
    { word: 'never', classes: WORD_CLASS.negationCue },
    { word: "doesn't", classes: WORD_CLASS.negationCue },
    { word: 'deploy', classes: 0 },
    { word: 'About', classes: 0 },
  ])('$word has classes $classes (normalised words only)', ({ word, classes }) => {
    expect(classesOf(word)).toBe(classes);
  });
});

describe('tokens carry their word classes', () => {
  it('sets the bits of each word from its normalised form, and none on anything else', () => {
    const tokens = tokenize("The blog post ABOUT our move isn't done.");
    const bits = Object.fromEntries(tokens.map((token) => [token.raw, token.classes]));
    expect(bits).toEqual({ The: 0, blog: 0, post: 0, ABOUT: classesOf('about'), our: 0, move: 0, "isn't": WORD_CLASS.negationCue, done: WORD_CLASS.completed, '.': 0 });
  });

  it('gives a word the same bits from the memo as on first sight', () => {
    const words = createWordTable();
    const first = tokenize('never about', words);
    const again = tokenize('never about', words);
    expect(again.map((token) => token.classes)).toEqual(first.map((token) => token.classes));
  });
});
