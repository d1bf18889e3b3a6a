import { describe, expect, it } from 'vitest';
import { positiveInt } from '../../bench/args.js';

describe('positiveInt (a bench script option)', () => {
  it.each([
    { raw: undefined, expected: 60_000 },
    { raw: '1', expected: 1 },
    { raw: '2000', expected: 2000 },
  ])('reads $raw as $expected', ({ raw, expected }) => {
    expect(positiveInt('lines', raw, 60_000)).toBe(expected);
  });

  it.each(['0', '-3', '1.5', 'x', ''])('rejects %j, naming the option', (raw) => {
    expect(() => positiveInt('lines', raw, 60_000)).toThrow(/--lines must be a positive integer/);
  });
});
