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

/** Two steps the writer marks off from each other, each routed as it would be as a task of its own. */
const MARKED_STEPS = [
  { text: 'Fix the broken CSV export, then email the affected customers an apology.', code: 'Fix the broken CSV export', cowork: 'email the affected customers an apology' },
  { text: 'Repair the broken invoice PDF generator, then tell the team in Slack.', code: 'Repair the broken invoice PDF generator', cowork: 'tell the team in Slack' },
  { text: 'Fix the failing CSV export job, then email the affected customers an apology.', code: 'Fix the failing CSV export job', cowork: 'email the affected customers an apology' },
  { text: 'Debug the broken CSV export endpoint, then write the affected customers an apology email.', code: 'Debug the broken CSV export endpoint', cowork: 'write the affected customers an apology email' },
  { text: 'Restart the stuck deploy pipeline, then tell the team in Slack.', code: 'Restart the stuck deploy pipeline', cowork: 'tell the team in Slack' },
  { text: 'Deploy the fix to staging; then tell the team in Slack.', code: 'Deploy the fix to staging', cowork: 'tell the team in Slack' },
  { text: 'Write a shell script that prunes old Docker images, then tell the team in Slack that it is done.', code: 'Write a shell script that prunes old Docker images', cowork: 'tell the team in Slack that it is done' },
  { text: 'Upgrade the Postgres cluster to version 16 and then let the sales team know by email.', code: 'Upgrade the Postgres cluster to version 16', cowork: 'let the sales team know by email' },
  { text: 'Clean up the failing migrations and afterwards book a meeting room for the retro.', code: 'Clean up the failing migrations', cowork: 'book a meeting room for the retro' },
  { text: "Merge the dependabot PRs. After that, summarise the quarter's sales figures in a slide deck.", code: 'Merge the dependabot PRs', cowork: "summarise the quarter's sales figures in a slide deck" },
  { text: 'Rotate the expired TLS certificates; write a short note to the customers about the downtime.', code: 'Rotate the expired TLS certificates', cowork: 'write a short note to the customers about the downtime' },
  { text: '1. Patch the login timeout in the auth service\n2. Draft a memo for the support staff explaining the change', code: 'Patch the login timeout in the auth service', cowork: 'Draft a memo for the support staff explaining the change' },
  { text: '1. Book a table for six at the Italian place on Friday\n2. Add a retry to the webhook handler in the payments service', cowork: 'Book a table for six at the Italian place on Friday', code: 'Add a retry to the webhook handler in the payments service' },
  // A step with nothing technical in it is Cowork, as it would be alone, though it names no office work.
  { text: 'I could use a quiet weekend somewhere warm. After that, list files larger than 20 MB under the build folder.', cowork: 'I could use a quiet weekend somewhere warm', code: 'list files larger than 20 MB under the build folder' },
  { text: 'Where do the Rockies end; then print the value of $JAVA_HOME', cowork: 'Where do the Rockies end', code: 'print the value of $JAVA_HOME' },
  { text: '1. how do I merge two dictionaries into one\n2. find me a cheap room near the station', code: 'how do I merge two dictionaries into one', cowork: 'find me a cheap room near the station' },
  { text: 'Select the rows of the orders table that are missing from the other table, and then put eggs on my shopping list.', code: 'Select the rows of the orders table that are missing from the other table', cowork: 'put eggs on my shopping list' },
  // A topic ("a note about ...") ends where the next step begins: that step is work of its own.
  { text: 'Send the team a note about the offsite and then drop the duplicate rows from the users table in Postgres.', cowork: 'Send the team a note about the offsite', code: 'drop the duplicate rows from the users table in Postgres' },
  { text: 'Write a short summary about the board meeting and afterwards rebuild the Docker image for the API.', cowork: 'Write a short summary about the board meeting', code: 'rebuild the Docker image for the API' },
];

describe('steps marked off by then, after that, afterwards, a semicolon or a numbered list', () => {
  it.each(MARKED_STEPS)('$text -> both, one part per step', ({ text, code, cowork }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('both');
    const parts = decision.parts.map((part) => [part.surface, part.text]);
    expect(parts).toHaveLength(2);
    expect(parts).toEqual(expect.arrayContaining([['code', code], ['cowork', cowork]]));
  });

  it.each(MARKED_STEPS)('each part has reasons of its own, with evidence inside its span: $text', ({ text }) => {
    for (const part of decideText(text).parts) {
      expect(part.reasons.length).toBeGreaterThan(0);
      for (const reason of part.reasons) {
        expect(reason.rule.startsWith(`${part.surface}.`)).toBe(true);
        expect(reason.evidence.length).toBeGreaterThan(0);
        for (const evidence of reason.evidence) {
          expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
          expect(evidence.start >= part.start && evidence.end <= part.end).toBe(true);
        }
      }
    }
  });
});

describe('not compound', () => {
  it.each([
    { text: 'Open the spreadsheet, then sort the rows by date, then save it.', surface: 'cowork' },
    { text: 'Create the pod and then delete it.', surface: 'code' },
    { text: 'Fix the flaky test. The test lives in tests/api.test.ts.', surface: 'code' },
    { text: 'Add the alias "cleanup" for "docker system prune -f; docker volume prune -f" to my shell profile.', surface: 'code' },
    { text: 'Draft the release notes, then tell the team in Slack.', surface: 'cowork' },
  ])('steps of one product stay one task: $text -> $surface', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    expect(decision.parts).toEqual([]);
  });

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
