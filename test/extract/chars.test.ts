import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/extract/chars.js';

describe('isSpace', () => {
  it('agrees with a regex `\\s` on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
