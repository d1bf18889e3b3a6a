/**
 * A span inside a longer span of its kind counts only when it is stronger: "script" inside
 * "write a script" is the same evidence twice, but a clear term inside a faint phrase ("current
 * folder" inside "find all files in current folder") is evidence of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractSignals } from './helpers.js';

const codeWords = (text: string): string[] =>
  extractSignals(text)
    .signals.filter((signal) => signal.kind === 'code')
    .map((signal) => signal.evidence.text);

describe('spans inside spans of their kind', () => {
  it.each([
    { text: 'write a script that renames the photos', found: ['write a script'], why: 'a weaker term inside a stronger phrase drops' },
    { text: 'find all files in current folder', found: ['find all files in current folder', 'current folder'], why: 'a stronger term inside a faint phrase stays' },
    { text: 'locate any files in working directory', found: ['locate any files in working directory', 'working directory'], why: 'the same with another clear term' },
  ])('$why: $text', ({ text, found }) => {
    expect(codeWords(text)).toEqual(found);
  });
});
