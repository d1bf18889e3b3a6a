/**
 * A regime that is only the topic of a piece of writing, or is said not to apply, is not a
 * regulated workload: no `code.compliance`, no regulated-workload caveat. Where a regime is the
 * topic, the decision asks `question.compliance` instead of routing; a workload the regime
 * governs still routes as before.
 */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, questionIds, ruleIds } from '../helpers.js';

describe('a regime as the topic of the writing: Cowork, asked rather than routed', () => {
  it.each([
    'Draft a blog post about the history of HIPAA.',
    'Make a slide deck explaining SOX to new finance hires.',
    'Write a newsletter article about PCI DSS changes.',
    'Prepare a quiz about HIPAA rules for nurses in training.',
    'Write a training handout that explains what SOC 2 requires.',
  ])('%s', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain('code.compliance');
    expect(caveatIds(decision)).not.toContain('caveat.regulated-workload');
    expect(questionIds(decision)).toContain('question.compliance');
  });
});

describe('a regime said not to apply', () => {
  it.each([
    'This data is not covered by HIPAA; summarise it in a spreadsheet.',
    "The file isn't subject to PCI DSS, so just tidy the columns.",
    'No HIPAA data is involved; organise these meeting notes.',
    'This data is not covered by any regulation, summarise it in a spreadsheet.',
    'Write a training handout that explains what GDPR requires.',
  ])('%s', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain('code.compliance');
    expect(caveatIds(decision)).not.toContain('caveat.regulated-workload');
  });
});

describe('a workload the regime governs still routes to Code', () => {
  it.each([
    'Process the patient records under HIPAA and keep an audit trail.',
    'Our payment data falls under PCI DSS; clean up the card export.',
    'We are SOX regulated, prepare the quarterly close files.',
    'Summarize these patient intake forms into a weekly overview. This data is covered by HIPAA.',
  ])('%s', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.compliance');
    expect(caveatIds(decision)).toContain('caveat.regulated-workload');
  });
});
