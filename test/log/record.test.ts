import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { hashInput, makeRecord } from '../../src/log/record.js';

describe('decision record', () => {
  it('keeps the full input and decision, the versions and when', () => {
    const input = { text: 'Deploy the API', context: { scheduled: false } };
    const decision = createEngine().decide(input);
    const record = makeRecord(input, decision, { id: 'a', time: new Date('2026-11-30T10:00:00Z'), engineVersion: '1.2.3' });
    expect(record).toEqual({
      id: 'a',
      time: '2026-11-30T10:00:00.000Z',
      input,
      decision,
      engineVersion: '1.2.3',
      knowledge: { edition: decision.knowledge.edition, version: decision.knowledge.version },
      inputHash: hashInput(input),
    });
  });

  it.each([
    ['key order does not matter', { text: 'x', context: { scheduled: true, operator: 'technical' as const } }, { context: { operator: 'technical' as const, scheduled: true }, text: 'x' }, true],
    ['a different text', { text: 'x' }, { text: 'y' }, false],
    ['a different context', { text: 'x', context: { scheduled: true } }, { text: 'x', context: { scheduled: false } }, false],
  ])('hashes inputs: %s', (_what, a, b, same) => {
    expect(hashInput(a) === hashInput(b)).toBe(same);
    expect(hashInput(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
