/** segment: a task splits into pieces on sentences, semicolons, ", then", "after that" and ", and <verb>". */
import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../src/extract/quotes.js';
import { createExtractor } from '../../src/extract/extract.js';
import { BOUNDARY, marksStep, segment, surelyMorePieces } from '../../src/extract/segment.js';
import type { Joint, Piece } from '../../src/extract/segment.js';

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

/**
 * The reference reading of a segmentation: the boundary pattern tried at every character and
 * each piece trimmed with plain patterns. `segment` tries the pattern only where it can start and
 * trims by hand; on any text both must agree (if a new boundary branch starts elsewhere, this fails).
 */
function referenceSegment(text: string): Piece[] {
  const quoted = quotedSpans(text);
  const sequenceWord = /\b(?:then|also|finally|next|afterwards|after that)\b/i;
  const jointOf = (boundary: string): Joint => {
    if (sequenceWord.test(boundary)) return 'sequence';
    if (boundary.includes(';')) return 'semicolon';
    if (boundary.includes('\n')) return 'line';
    if (/[.!?]/.test(boundary)) return 'sentence';
    return 'and';
  };
  const pieces: Piece[] = [];
  let from = 0;
  let joint: Joint = 'start';
  let listNumber = false;
  const push = (start: number, end: number): void => {
    let left = start;
    let right = end;
    let kind: Joint = listNumber ? 'list' : joint;
    listNumber = false;
    while (left < right && /\s/.test(text[left] as string)) left += 1;
    while (right > left && /[\s.,;:!?]/.test(text[right - 1] as string)) right -= 1;
    const marker = /^(?:\d{1,2}[.)]|[-*•])\s+/.exec(text.slice(left, right));
    if (marker) {
      left += marker[0].length;
      if (kind !== 'start') kind = 'list';
    }
    const lead = /^(?:and|then|also|finally|next|afterwards|after that)[,\s]+/i.exec(text.slice(left, right));
    if (lead) {
      left += lead[0].length;
      if (kind !== 'start' && sequenceWord.test(lead[0])) kind = 'sequence';
    }
    const content = text.slice(left, right);
    if (right > left && /\p{L}/u.test(content)) pieces.push({ text: content, start: left, end: right, joint: pieces.length === 0 ? 'start' : kind });
    else listNumber = /^\d{1,2}$/.test(content);
  };
  let quote = 0;
  for (const match of text.matchAll(new RegExp(BOUNDARY.source, 'g'))) {
    while (quote < quoted.length && (quoted[quote] as { end: number }).end <= match.index) quote += 1;
    const inside = quoted[quote];
    if (inside && inside.start < match.index) continue;
    push(from, match.index);
    from = match.index + match[0].length;
    joint = jointOf(match[0]);
  }
  push(from, text.length);
  return pieces;
}

describe('segment agrees with the reference reading on any text', () => {
  const fragments = [
    'fix the login form', 'Then email the team', ', then write the notes', ' and then deploy it', '; ', '. After that, ', ' afterwards ', ', and send the report',
    '\n1. ', '\n2) ', '\n- ', '  ', '\t', '\u00a0', '.', '!', '?', ',', 'and', 'then', 'after that', 'Also, ', 'finally ', 'next,', '“Quoted.” ', '(Aside.) ',
    'e.g. the logs', 'v1.2.3', '42', 'İstanbul', '𝐀', 'résumé', ' ,then tell them', ',then', ' then review it', ' then ', '\n\n', '\r\n', ';;', ' — ',
    "type 'echo hi; exit' ", '"a; b. C" ', '\n3', '12', ' next, ',
  ];
  // A fixed pseudo-random walk over the fragments: the same texts every run.
  let seed = 20261202;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const texts = Array.from({ length: 600 }, () => Array.from({ length: 1 + (next() % 14) }, () => fragments[next() % fragments.length]).join(''));
  it('on 600 texts made of joiners, marks, spaces, lists and letters of several scripts', () => {
    for (const text of texts) expect(segment(text), JSON.stringify(text)).toEqual(referenceSegment(text));
  });

  it('the quick count says "more than the limit" only when segmenting finds that many', () => {
    // The walk above with whole sentences added, so the count is often sure.
    const sentences = [...fragments, 'Fix the bug. ', 'Write the letter. ', 'Then send it. ', 'E-mail Sam! ', 'Why? ', 'See "Quoted. Text." ', 'Also. ', 'A. B. '];
    const made = Array.from({ length: 600 }, () => Array.from({ length: 1 + (next() % 14) }, () => sentences[next() % sentences.length]).join(''));
    let sure = 0;
    for (const text of [...texts, ...made]) {
      for (const limit of [0, 1, 2, 4]) {
        if (!surelyMorePieces(text, quotedSpans(text), limit)) continue;
        sure += 1;
        expect(segment(text).length, JSON.stringify(text)).toBeGreaterThan(limit);
      }
    }
    // The count is sure of many of them, so the check above is not empty.
    expect(sure).toBeGreaterThan(300);
  });
});

describe('the quick count of sure sentence breaks', () => {
  it.each([
    { text: 'Fix the bug. Write the letter. Send it.', limit: 2, more: true, why: 'the opening letter and two breaks before a capital: three pieces' },
    { text: 'Fix the bug. Write the letter.', limit: 2, more: false, why: 'too few to be sure' },
    { text: 'Then fix the bug. Then write it. Then send it.', limit: 0, more: false, why: 'a connective after a break, or at the start, is not counted ("Then" may leave no letter)' },
    { text: '2. Fix it. Write it.', limit: 2, more: false, why: 'a list number at the start is no letter' },
    { text: 'Say "Stop. Wait. Go." now. Then leave.', limit: 1, more: false, why: 'breaks inside quotes are part of what is quoted' },
    { text: '... v1.2.3 is out. e.g. the logs. see the notes.', limit: 0, more: false, why: 'no capital after the breaks, and no letter opening the text' },
    { text: ' One!\tTwo?\u00a0Three.  Four', limit: 3, more: true, why: 'any mark and any white space' },
  ])('$why', ({ text, limit, more }) => {
    expect(surelyMorePieces(text, quotedSpans(text), limit)).toBe(more);
    if (more) expect(segment(text).length).toBeGreaterThan(limit);
  });
});

describe('a search for at most a few pieces', () => {
  const TEXT = 'Fix the login bug. Then deploy it; write the release notes. 2. Email the team';
  const all = segment(TEXT);

  it.each([0, 1, 2])('with a limit of %i, stops with the first limit + 1 pieces, as the whole search finds them', (limit) => {
    expect(all.length).toBeGreaterThan(limit + 1);
    expect(segment(TEXT, quotedSpans(TEXT), limit)).toEqual(all.slice(0, limit + 1));
  });

  it.each([all.length, all.length + 5])('with a limit of %i or more, finds them all', (limit) => {
    expect(segment(TEXT, quotedSpans(TEXT), limit)).toEqual(all);
  });

  it.each([
    { name: 'as written', text: TEXT },
    { name: 'through the normalised view', text: `Ｆｉｘ the login bug. Then deploy it; write the release notes. 2. Email the team` },
  ])('an extraction answers a limited search, then a whole one, each as segment would ($name)', ({ text }) => {
    const extraction = createExtractor().extract(text);
    const whole = createExtractor().extract(text).pieces();
    expect(extraction.pieces(1)).toEqual(whole.slice(0, 2));
    expect(extraction.pieces()).toEqual(whole);
    // Once all are found, a limited search gives them all: more than the limit says the same.
    expect(extraction.pieces(1)).toEqual(whole);
  });
});
