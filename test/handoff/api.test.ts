/** The library: `handoff`/`safeHandoff` and the engine's methods, pure, with coded issues for bad input and options. */
import { describe, expect, it } from 'vitest';
import { createEngine, handoff, InputError, safeHandoff, STEP_KINDS } from '../../src/index.js';

describe('handoff(input, options)', () => {
  it('returns the decision and its steps, the same decision decide() gives', () => {
    const engine = createEngine();
    const input = { text: 'Turn these meeting notes into a slide deck' };
    const result = handoff(input);
    expect(result.decision).toEqual(engine.decide(input));
    expect(result.steps.map((step) => step.kind)).toEqual(['cowork-task']);
    expect(STEP_KINDS).toContain(result.steps[0]?.kind);
  });

  it('the engine has the same methods', () => {
    const engine = createEngine();
    const input = { text: 'Fix the flaky login test' };
    expect(engine.handoff(input)).toEqual(handoff(input));
    expect(engine.safeHandoff(input)).toEqual({ ok: true, value: handoff(input) });
  });

  it('is pure: the same input and options give the same steps, whatever the day it runs', () => {
    const input = { text: 'Every weekday at 7am, run the smoke tests', context: { scheduled: true } };
    const options = { timeZone: 'Europe/Berlin', date: '2026-12-01' };
    expect(handoff(input, options)).toEqual(handoff(input, options));
  });

  it('without a date it takes the zone offset on the first day of the edition month, and says which day', () => {
    const { steps } = handoff({ text: 'Every weekday at 7am, run the smoke tests', context: { scheduled: true } }, { timeZone: 'Europe/Berlin' });
    expect(steps[0]?.text).toMatch(/Times were read as Europe\/Berlin \(UTC\+1 on 2026-01-01;/);
  });

  it('adds the "let your agent ask" step with mcp: true', () => {
    const { steps } = handoff({ text: 'Fix the flaky login test' }, { mcp: true });
    expect(steps.map((step) => step.kind)).toEqual(['claude-print', 'mcp-server']);
    expect(steps[1]?.copy).toBe('claude mcp add --scope project code-or-cowork -- npx code-or-cowork mcp');
    expect(JSON.parse(steps[1]?.files[0]?.content ?? '')).toEqual({ mcpServers: { 'code-or-cowork': { command: 'code-or-cowork', args: ['mcp'] } } });
  });
});

describe('bad input or options are coded issues, never a guess', () => {
  it.each([
    [{ text: '' }, {}, [{ field: 'text', code: 'text.empty' }]],
    [{ text: 'Fix it', context: { operator: 'boss' } }, {}, [{ field: 'context.operator', code: 'value.not-allowed' }]],
    [{ text: 'Fix it' }, { timeZone: 'Mars/Olympus' }, [{ field: 'timeZone', code: 'value.not-allowed' }]],
    [{ text: 'Fix it' }, { date: '2026-02-30' }, [{ field: 'date', code: 'value.not-allowed' }]],
    [{ text: '' }, { timeZone: '' }, [{ field: 'text', code: 'text.empty' }, { field: 'timeZone', code: 'value.not-allowed' }]],
  ])('%j with %j → %j', (input, options, issues) => {
    const result = safeHandoff(input, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map(({ field, code }) => ({ field, code }))).toEqual(issues);
  });

  it('handoff() throws InputError with the same issues', () => {
    expect(() => handoff({ text: 'Fix it' }, { timeZone: 'Nowhere' })).toThrow(InputError);
  });

  it('accepts any IANA spelling of a zone and names it canonically', () => {
    const { steps } = handoff({ text: 'Every Monday at 9, rebuild the docs site', context: { scheduled: true } }, { timeZone: 'america/new_york', date: '2026-12-01' });
    expect(steps[0]?.title).toContain('(America/New_York)');
  });
});
