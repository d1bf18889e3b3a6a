/** Bad input is refused with an error naming the field; text up to 20,000 characters decides. */
import { describe, expect, it } from 'vitest';
import { decide, InputError, isInputError, MAX_TEXT_LENGTH, safeDecide, validateInput } from '../../src/index.js';

/** The field named by the first issue of a refused input. */
function refusedField(raw: unknown): string | undefined {
  const result = safeDecide(raw);
  return result.ok ? undefined : result.error[0]?.field;
}

describe('input validation', () => {
  it.each([
    { name: 'null', raw: null, field: 'input' },
    { name: 'a bare string', raw: 'Deploy the API', field: 'input' },
    { name: 'an array', raw: [{ text: 'Deploy the API' }], field: 'input' },
    { name: 'no text', raw: {}, field: 'text' },
    { name: 'empty text', raw: { text: '' }, field: 'text' },
    { name: 'whitespace-only text', raw: { text: '  \n\t ' }, field: 'text' },
    { name: 'a number as text', raw: { text: 42 }, field: 'text' },
    { name: 'an unknown top-level key', raw: { text: 'Fix it', urgent: true }, field: 'urgent' },
    { name: 'an unknown context key', raw: { text: 'Fix it', context: { urgent: true } }, field: 'context.urgent' },
    { name: 'a bad operator value', raw: { text: 'Fix it', context: { operator: 'admin' } }, field: 'context.operator' },
    { name: 'an unknown regime', raw: { text: 'Fix it', context: { compliance: ['gdpr'] } }, field: 'context.compliance.0' },
    { name: 'a regime not in a list', raw: { text: 'Fix it', context: { compliance: 'hipaa' } }, field: 'context.compliance' },
    { name: 'a string for involvesCode', raw: { text: 'Fix it', context: { involvesCode: 'yes' } }, field: 'context.involvesCode' },
    { name: 'a number for scheduled', raw: { text: 'Fix it', context: { scheduled: 1 } }, field: 'context.scheduled' },
    { name: 'null for sandboxPreferred', raw: { text: 'Fix it', context: { sandboxPreferred: null } }, field: 'context.sandboxPreferred' },
    { name: 'a list as context', raw: { text: 'Fix it', context: [] }, field: 'context' },
    { name: 'a string as context', raw: { text: 'Fix it', context: 'code' }, field: 'context' },
    { name: 'an unknown plan', raw: { text: 'Fix it', policy: { plan: 'free' } }, field: 'policy.plan' },
    { name: 'a string for coworkGateway', raw: { text: 'Fix it', policy: { coworkGateway: 'true' } }, field: 'policy.coworkGateway' },
    { name: 'an unknown policy key', raw: { text: 'Fix it', policy: { region: 'eu' } }, field: 'policy.region' },
    { name: 'a list as policy', raw: { text: 'Fix it', policy: [] }, field: 'policy' },
  ])('refuses $name, naming $field', ({ raw, field }) => {
    expect(refusedField(raw)).toBe(field);
    expect(validateInput(raw).ok).toBe(false);
    expect(() => decide(raw)).toThrow(InputError);
  });

  it('throws an InputError that carries its issues and code', () => {
    let caught: unknown;
    try {
      decide({ text: 'Fix it', context: { operator: 'admin' } });
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    expect(caught).toMatchObject({ name: 'InputError', code: 'invalid_input', field: 'context.operator' });
    expect((caught as InputError).message).toMatch(/^context\.operator /);
  });

  it.each([
    { text: 'Fix it', context: { involvesCode: true, scheduled: false, compliance: ['hipaa', 'soc2'], operator: 'technical', sandboxPreferred: false } },
    { text: 'Fix it', policy: { plan: 'enterprise', coworkGateway: true } },
    { text: 'Fix it', context: {}, policy: {} },
  ])('accepts every known key: %o', (raw) => {
    expect(validateInput(raw)).toEqual({ ok: true, value: raw });
  });
});

describe('text length', () => {
  const task = 'Deploy the billing API to staging and run the database migrations. ';
  const atLimit = task.repeat(Math.ceil(MAX_TEXT_LENGTH / task.length)).slice(0, MAX_TEXT_LENGTH);

  it('has a limit of 20,000 characters', () => {
    expect(MAX_TEXT_LENGTH).toBe(20_000);
    expect(atLimit).toHaveLength(20_000);
  });

  it('decides a text of exactly 20,000 characters, with evidence that slices back', () => {
    const decision = decide({ text: atLimit });
    expect(decision.surface).toBe('code');
    for (const evidence of decision.reasons.flatMap((reason) => reason.evidence)) expect(atLimit.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it('refuses 20,001 characters, naming text', () => {
    const result = safeDecide({ text: `${atLimit}x` });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error[0]).toMatchObject({ field: 'text', message: expect.stringMatching(/20000|20,000/) });
  });
});
