/** Separable pieces of code work and knowledge work surface both products, one part per piece. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, ruleIds } from './helpers.js';

const COMPOUND = [
  {
    text: 'Deploy the hotfix to production. Then write a short letter to the affected customers.',
    code: 'Deploy the hotfix to production',
    cowork: 'write a short letter to the affected customers',
  },
  {
    text: 'Fix the failing unit test, then write the customer apology letter.',
    code: 'Fix the failing unit test',
    cowork: 'write the customer apology letter',
  },
  {
    text: 'Migrate the orders table to Postgres; after that, prepare a slide deck for the all-hands.',
    code: 'Migrate the orders table to Postgres',
    cowork: 'prepare a slide deck for the all-hands',
  },
  {
    text: 'Update the Terraform config for the VPC, and draft a summary email for the leadership team.',
    code: 'Update the Terraform config for the VPC',
    cowork: 'draft a summary email for the leadership team',
  },
  {
    text: 'Refactor the billing module; then draft a memo for the customers about the change.',
    code: 'Refactor the billing module',
    cowork: 'draft a memo for the customers about the change',
  },
  {
    text: 'Write a Python script to dedupe the CRM export; then put together a slide deck on the results for the sales team.',
    code: 'Write a Python script to dedupe the CRM export',
    cowork: 'put together a slide deck on the results for the sales team',
  },
  {
    text: 'Roll back the failed Kubernetes deployment, and write an incident report for the executives.',
    code: 'Roll back the failed Kubernetes deployment',
    cowork: 'write an incident report for the executives',
  },
];

describe('compound tasks', () => {
  it.each(COMPOUND)('$text -> both, one part per piece', ({ text, code, cowork }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('both');
    expect(decision.parts.map((part) => [part.surface, part.text])).toEqual([
      ['code', code],
      ['cowork', cowork],
    ]);
  });

  it.each(COMPOUND)('part spans slice the text exactly and do not overlap: $text', ({ text }) => {
    const { parts } = decideText(text);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(text.slice(part.start, part.end)).toBe(part.text);
    parts.slice(1).forEach((part, index) => expect(part.start).toBeGreaterThanOrEqual(parts[index]?.end ?? 0));
  });

  it.each(COMPOUND)("each part's reasons point to its own product, and the task's reasons to both: $text", ({ text }) => {
    const decision = decideText(text);
    for (const part of decision.parts) {
      expect(part.reasons.length).toBeGreaterThan(0);
      for (const reason of part.reasons) expect(reason.rule.startsWith(`${part.surface}.`)).toBe(true);
    }
    expect(ruleIds(decision)).toEqual(expect.arrayContaining(['code.code-or-infra', 'cowork.knowledge-work']));
    expect(caveatIds(decision)).toContain('caveat.engineering-review');
  });
});

describe('not compound', () => {
  it.each([
    { text: 'Refactor the module. Add unit tests. Deploy it to staging.', surface: 'code' },
    { text: 'Draft the memo. Send it to the team. File it in the shared drive.', surface: 'cowork' },
    { text: 'Deploy the API to staging.', surface: 'code' },
    { text: 'Turn these meeting notes into a slide deck.', surface: 'cowork' },
  ])('$text -> $surface with no parts', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    expect(decision.parts).toEqual([]);
  });

  it.each([
    { text: 'Every Friday, fix the lint warnings, then write the team a status email.', rule: 'code.automation' },
    { text: 'Patch the PHI export bug; then draft a memo for the clinic staff. HIPAA applies.', rule: 'code.compliance' },
  ])('a rule that covers the whole task keeps it whole: $rule', ({ text, rule }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain(rule);
    expect(decision.parts).toEqual([]);
  });
});
