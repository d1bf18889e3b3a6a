/** segment: a task splits into pieces on sentences, semicolons, ", then", "after that" and ", and <verb>". */
import { describe, expect, it } from 'vitest';
import { marksStep, segment } from '../../src/extract/segment.js';

const pieces = (text: string): string[] => segment(text).map((piece) => piece.text);

describe('segment', () => {
  it.each([
    { text: 'Fix the bug. Write the letter.', split: ['Fix the bug', 'Write the letter'] },
    { text: 'Fix the bug! Write the letter?', split: ['Fix the bug', 'Write the letter'] },
    { text: 'Fix the bug\nWrite the letter', split: ['Fix the bug', 'Write the letter'] },
    { text: 'Fix the bug; write the letter', split: ['Fix the bug', 'write the letter'] },
    { text: 'Fix the bug, then write the letter.', split: ['Fix the bug', 'write the letter'] },
    { text: 'Fix the bug and then write the letter', split: ['Fix the bug', 'write the letter'] },
    { text: 'Fix the bug then write the letter', split: ['Fix the bug', 'write the letter'] },
    { text: 'Fix the bug, after that, write the letter', split: ['Fix the bug', 'write the letter'] },
    { text: 'Fix the bug, and write the letter.', split: ['Fix the bug', 'write the letter'] },
    { text: 'Deploy the API, and send the memo.', split: ['Deploy the API', 'send the memo'] },
    { text: 'Migrate the table; after that, prepare the deck.', split: ['Migrate the table', 'prepare the deck'] },
    { text: 'Fix the bug and afterwards write the letter', split: ['Fix the bug', 'write the letter'] },
    { text: '1. Fix the bug\n2. Write the letter', split: ['Fix the bug', 'Write the letter'] },
    { text: '- Fix the bug\n- Write the letter', split: ['Fix the bug', 'Write the letter'] },
  ])('splits $text', ({ text, split }) => {
    expect(pieces(text)).toEqual(split);
  });

  it.each([
    { text: 'Type "make clean; make" and then check the letter.', split: ['Type "make clean; make"', 'check the letter'] },
    { text: "Reply with 'Thanks. See you soon' then send the memo", split: ["Reply with 'Thanks. See you soon'", 'send the memo'] },
  ])('does not cut inside quotes: $text', ({ text, split }) => {
    expect(pieces(text)).toEqual(split);
  });

  it.each([
    'Fix the bug and write the letter',
    'Merge apples, pears, and plums.',
    'Fix the bug, and the tests.',
    'Use node.js v2.3.0 for it',
    'Meet at 9:30, not at ten',
  ])('keeps %j as one piece', (text) => {
    expect(pieces(text)).toHaveLength(1);
  });

  it.each([
    'Fix the bug. Write the letter.',
    '  Deploy the API;   then, also, write the memo!  ',
    'Step one\n\nStep two\nStep three.',
    'Refactor the module; after that, draft a memo for the customers.',
    '🚀 Ship it. 📊 Chart it.',
  ])('gives offsets that slice back to each piece: %j', (text) => {
    for (const piece of segment(text)) expect(text.slice(piece.start, piece.end)).toBe(piece.text);
  });

  it.each([
    { text: '  Fix it.  ', piece: 'Fix it' },
    { text: 'Then deploy it;', piece: 'deploy it' },
    { text: 'And finally, send it.', piece: 'finally, send it' },
  ])('trims spaces, trailing punctuation and one leading connective: $text', ({ text, piece }) => {
    expect(pieces(text)).toEqual([piece]);
  });

  it('returns one piece covering a task that does not split', () => {
    expect(segment('Deploy the API')).toEqual([{ text: 'Deploy the API', start: 0, end: 14, joint: 'start' }]);
  });

  it.each([
    { text: 'Fix the bug. Write the letter.', joints: ['start', 'sentence'] },
    { text: 'Fix the bug. Then write the letter.', joints: ['start', 'sequence'] },
    { text: 'Fix the bug, then write the letter.', joints: ['start', 'sequence'] },
    { text: 'Fix the bug and afterwards write the letter', joints: ['start', 'sequence'] },
    { text: 'Fix the bug. After that, write the letter.', joints: ['start', 'sequence'] },
    { text: 'Fix the bug; write the letter', joints: ['start', 'semicolon'] },
    { text: 'Fix the bug\nWrite the letter', joints: ['start', 'line'] },
    { text: '1. Fix the bug\n2. Write the letter', joints: ['start', 'list'] },
    { text: '- Fix the bug\n- Write the letter', joints: ['start', 'list'] },
    { text: 'Deploy the API, and send the memo.', joints: ['start', 'and'] },
  ])('says how each piece is joined to the one before: $text', ({ text, joints }) => {
    expect(segment(text).map((piece) => piece.joint)).toEqual(joints);
  });

  it.each([
    { joint: 'sequence', marks: true },
    { joint: 'semicolon', marks: true },
    { joint: 'list', marks: true },
    { joint: 'sentence', marks: false },
    { joint: 'line', marks: false },
    { joint: 'and', marks: false },
    { joint: 'start', marks: false },
  ] as const)('a $joint joint marks a step of its own: $marks', ({ joint, marks }) => {
    expect(marksStep(joint)).toBe(marks);
  });
});
