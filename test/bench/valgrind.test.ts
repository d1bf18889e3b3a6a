import { describe, expect, it } from 'vitest';
import { instructionsOf } from '../../bench/valgrind.js';

describe('instructionsOf (the "I refs" line of a cachegrind summary)', () => {
  it.each([
    { report: '==12== I   refs:      11,485,605,259\n', expected: 11_485_605_259 },
    { report: '==5208== Cachegrind, a cache and branch-prediction profiler\n==5208== \n==5208== I   refs:      9,720,520,772\n==5208== I1  misses:       86,127,168\n', expected: 9_720_520_772 },
    { report: '==7== I refs: 42', expected: 42 },
  ])('reads $expected', ({ report, expected }) => {
    expect(instructionsOf(report)).toBe(expected);
  });

  it.each([
    { report: '', why: 'an empty report' },
    { report: '==12== I1  misses:       86,127,168\n', why: 'a report with no I refs line' },
    { report: 'I refs: 12', why: 'a line without the pid prefix' },
  ])('rejects $why', ({ report }) => {
    expect(() => instructionsOf(report)).toThrow(/I refs/);
  });
});
