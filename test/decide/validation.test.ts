/** Bad input is refused with an error naming the field; text up to 20,000 characters decides. */
import { describe, expect, it } from 'vitest';
import { createEngine, decide, InputError, isInputError, MAX_TEXT_LENGTH, safeDecide, validateInput } from '../../src/index.js';

/** The field and code of the first issue of a refused input. */
function refused(raw: unknown): { field: string; code: string } | undefined {
  const result = safeDecide(raw);
  const first = result.ok ? undefined : result.error[0];
  return first && { field: first.field, code: first.code };
}

describe('input validation', () => {
  it.each([
    { name: 'null', raw: null, field: 'input', code: 'input.not-object' },
    { name: 'a bare string', raw: 'Deploy the API', field: 'input', code: 'input.not-object' },
    { name: 'an array', raw: [{ text: 'Deploy the API' }], field: 'input', code: 'input.not-object' },
    { name: 'no text', raw: {}, field: 'text', code: 'text.missing' },
    { name: 'empty text', raw: { text: '' }, field: 'text', code: 'text.empty' },
    { name: 'whitespace-only text', raw: { text: '  \n\t ' }, field: 'text', code: 'text.empty' },
    { name: 'a number as text', raw: { text: 42 }, field: 'text', code: 'value.wrong-type' },
    { name: 'an unknown top-level key', raw: { text: 'Fix it', urgent: true }, field: 'urgent', code: 'key.unknown' },
    { name: 'an unknown context key', raw: { text: 'Fix it', context: { urgent: true } }, field: 'context.urgent', code: 'key.unknown' },
    { name: 'a bad operator value', raw: { text: 'Fix it', context: { operator: 'admin' } }, field: 'context.operator', code: 'value.not-allowed' },
    { name: 'an unknown regime', raw: { text: 'Fix it', context: { compliance: ['gdpr'] } }, field: 'context.compliance.0', code: 'value.not-allowed' },
    { name: 'a regime not in a list', raw: { text: 'Fix it', context: { compliance: 'hipaa' } }, field: 'context.compliance', code: 'value.wrong-type' },
    { name: 'a string for involvesCode', raw: { text: 'Fix it', context: { involvesCode: 'yes' } }, field: 'context.involvesCode', code: 'value.wrong-type' },
    { name: 'a number for scheduled', raw: { text: 'Fix it', context: { scheduled: 1 } }, field: 'context.scheduled', code: 'value.wrong-type' },
    { name: 'null for sandboxPreferred', raw: { text: 'Fix it', context: { sandboxPreferred: null } }, field: 'context.sandboxPreferred', code: 'value.wrong-type' },
    { name: 'a list as context', raw: { text: 'Fix it', context: [] }, field: 'context', code: 'value.wrong-type' },
    { name: 'a string as context', raw: { text: 'Fix it', context: 'code' }, field: 'context', code: 'value.wrong-type' },
    { name: 'an unknown plan', raw: { text: 'Fix it', policy: { plan: 'free' } }, field: 'policy.plan', code: 'value.not-allowed' },
    { name: 'a string for coworkGateway', raw: { text: 'Fix it', policy: { coworkGateway: 'true' } }, field: 'policy.coworkGateway', code: 'value.wrong-type' },
    { name: 'an unknown policy key', raw: { text: 'Fix it', policy: { region: 'eu' } }, field: 'policy.region', code: 'key.unknown' },
    { name: 'a list as policy', raw: { text: 'Fix it', policy: [] }, field: 'policy', code: 'value.wrong-type' },
    { name: 'an unknown knowledge edition', raw: { text: 'Fix it', policy: { knowledge: '2027-01' } }, field: 'policy.knowledge', code: 'value.not-allowed' },
    { name: 'a number as knowledge edition', raw: { text: 'Fix it', policy: { knowledge: 2026 } }, field: 'policy.knowledge', code: 'value.not-allowed' },
  ])('refuses $name, naming $field with code $code', ({ raw, field, code }) => {
    expect(refused(raw)).toEqual({ field, code });
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
    expect(caught).toMatchObject({ name: 'InputError', code: 'value.not-allowed', field: 'context.operator' });
    expect((caught as InputError).message).toMatch(/^context\.operator /);
  });

  it.each([
    { text: 'Fix it', context: { involvesCode: true, scheduled: false, compliance: ['hipaa', 'soc2'], operator: 'technical', sandboxPreferred: false } },
    { text: 'Fix it', policy: { plan: 'enterprise', coworkGateway: true, knowledge: '2026-11' } },
    { text: 'Fix it', policy: { knowledge: 'guide' } },
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
    expect(result.ok ? undefined : result.error[0]).toMatchObject({ field: 'text', code: 'text.too-long', message: expect.stringMatching(/20000|20,000/) });
  });
});

describe('createEngine', () => {
  it('gives an engine whose decisions are those of the module-level functions', () => {
    const engine = createEngine();
    const input = { text: 'Turn these meeting notes into a slide deck' };
    expect(engine.decide(input)).toEqual(decide(input));
    expect(engine.safeDecide({ text: '' })).toEqual(safeDecide({ text: '' }));
    expect(engine.validate({ text: 'Fix it' })).toEqual({ ok: true, value: { text: 'Fix it' } });
    expect(engine.knowledge.edition).toBe('guide');
  });
});
