import { describe, expect, it } from 'vitest';
import { withThousands } from '../../src/core/numbers.js';

describe('withThousands writes whole numbers as English digit groups', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [20000, '20,000'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [-1234567, '-1,234,567'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%d → %s, as toLocaleString("en-US") writes it', (value, written) => {
    expect(withThousands(value)).toBe(written);
    expect(withThousands(value)).toBe(value.toLocaleString('en-US'));
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('leaves %d as String() writes it', (value) => {
    expect(withThousands(value)).toBe(String(value));
  });
});
