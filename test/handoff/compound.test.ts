/** A task of separable pieces: one step per part, in the task's order, each with its span; a later part that uses an earlier one's result says so. */
import { describe, expect, it } from 'vitest';
import { handoff } from '../../src/index.js';

describe('compound tasks', () => {
  const text =
    'Repair the failing integration tests in the checkout service, then draft a customer-facing summary of the outage in a Google Doc and send it to the affected accounts.';
  const { decision, steps } = handoff({ text });

  it('one step per part, in the task order, each covering its part', () => {
    expect(decision.surface).toBe('both');
    expect(steps.map((step) => [step.surface, step.kind])).toEqual([
      ['code', 'claude-print'],
      ['cowork', 'cowork-task'],
    ]);
    expect(steps.map((step) => step.span)).toEqual(decision.parts.map((part) => ({ start: part.start, end: part.end })));
    for (const step of steps) expect(text.slice(step.span.start, step.span.end).length).toBeGreaterThan(0);
  });

  it('the later part says it waits for the earlier one', () => {
    expect(steps[1]?.copy).toMatch(/^Before you start: this uses the result of step 1 \("Repair the failing integration tests in the checkout service", done in Claude Code\)/);
    expect(steps[0]?.text).not.toContain('Before you start');
  });

  it('each step is written from its own part only', () => {
    expect(steps[0]?.copy).toContain('Repair the failing integration tests in the checkout service.');
    expect(steps[0]?.copy).not.toContain('Google Doc');
    expect(steps[1]?.copy).toContain('Goal: Draft a customer-facing summary of the outage in a Google Doc and send it to the affected accounts.');
    expect(steps[1]?.copy).toContain('- Connectors: Google Docs');
  });

  it.each([
    ['Build a loader job that imports the Zendesk exports into our data warehouse, and put together a slide deck for the support offsite on the new ticket metrics.', ['code', 'cowork'], false],
    ['Write the product spec doc, then implement the API endpoints it describes', ['cowork', 'code'], true],
  ])('%j: parts %j, the second waits for the first → %s', (task, surfaces, waits) => {
    const result = handoff({ text: task });
    expect(result.steps.map((step) => step.surface)).toEqual(surfaces);
    expect(/This follows step 1|Before you start: this uses the result of step 1/.test(result.steps[1]?.text ?? '')).toBe(waits);
  });
});
