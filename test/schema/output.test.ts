/** The output schema describes what the engine really returns, and nothing looser. */
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { decide } from '../../src/index.js';
import type { Decision } from '../../src/index.js';
import { BatchErrorLineSchema, BatchLineSchema, DecisionSchema } from '../../src/schema/output.js';
import type { DecisionOutput } from '../../src/schema/output.js';

const TASKS = [
  { text: 'Find the bug in the checkout page, fix it and add a regression test.' },
  { text: 'Every Monday, pull last week’s deals from HubSpot and post a summary in #sales.' },
  { text: 'Fix the login bug, then write the customer letter explaining the outage.' },
  { text: 'Can you take care of this for me?' },
  { text: 'Draft the quarterly investor update.', context: { compliance: ['sox'] }, policy: { coworkGateway: true } },
  { text: 'Which plan gives us the smarter model for our weekly board deck?' },
];

describe('DecisionSchema', () => {
  it.each(TASKS)('accepts the engine’s decision for "$text"', (input) => {
    const decision = decide(input);
    const parsed = v.safeParse(DecisionSchema, decision);
    expect(parsed.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)).toBeUndefined();
  });

  const valid = decide(TASKS[0]);
  it.each([
    { change: { confidence: 1.2 }, why: 'confidence above 1' },
    { change: { surface: 'desktop' }, why: 'an unknown surface' },
    { change: { reasons: [{ rule: 'code.vibes', summary: 's', evidence: [] }] }, why: 'an unknown rule id' },
    { change: { caveats: [{ id: 'caveat.other', text: 't' }] }, why: 'an unknown caveat id' },
    { change: { questions: [{ id: 'question.other', text: 't' }] }, why: 'an unknown question id' },
    { change: { parts: [{ text: 't', start: 0, end: 1, surface: 'both', reasons: [] }] }, why: 'a part on both' },
    { change: { reasons: [{ rule: 'code.automation', summary: 's', evidence: [{ text: 'x', start: 4, end: 2 }] }] }, why: 'a span ending before it starts' },
    { change: { updates: [{ fact: 'f', guide: 'g', now: 'n', asOf: 'May 2026', source: 'https://example.com' }] }, why: 'an update dated other than YYYY-MM' },
    { change: { extra: true }, why: 'a key the contract does not have' },
  ])('rejects $why', ({ change }) => {
    expect(v.is(DecisionSchema, { ...valid, ...change })).toBe(false);
  });

  it('infers the same shape as the Decision type', () => {
    expectTypeOf<DecisionOutput>().toMatchTypeOf<Decision>();
    expectTypeOf<Decision['surface']>().toEqualTypeOf<DecisionOutput['surface']>();
    expectTypeOf<Decision['reasons'][number]['rule']>().toEqualTypeOf<DecisionOutput['reasons'][number]['rule']>();
    expectTypeOf<Decision['parts'][number]['surface']>().toEqualTypeOf<DecisionOutput['parts'][number]['surface']>();
  });
});

describe('BatchLineSchema', () => {
  it.each([
    { line: { id: 'a', ...decide(TASKS[0]) }, ok: true },
    { line: { id: 7, ...decide(TASKS[0]) }, ok: true },
    { line: decide(TASKS[0]), ok: true },
    { line: { id: 'b', line: 3, error: { field: 'text', code: 'text.missing', message: 'is required' } }, ok: true },
    { line: { line: 3, error: { field: 'input', code: 'input.not-json', message: 'is not valid JSON' } }, ok: true },
    { line: { line: 0, error: { field: 'input', code: 'input.not-json', message: 'm' } }, ok: false },
    { line: { id: null, line: 1, error: { field: 'text', code: 'text.empty', message: 'm' } }, ok: true },
    { line: { id: { any: ['json'] }, line: 1, error: { field: 'input', code: 'line.too-deep', message: 'm' } }, ok: true },
    { line: { line: 3, error: { field: 'input', message: 'no code' } }, ok: false },
  ])('accepts only the two line shapes (#%#)', ({ line, ok }) => {
    expect(v.is(BatchLineSchema, line)).toBe(ok);
  });

  it('tells an error line by its "error" key', () => {
    expect(v.is(BatchErrorLineSchema, { id: 'a', ...decide(TASKS[0]) })).toBe(false);
  });
});
