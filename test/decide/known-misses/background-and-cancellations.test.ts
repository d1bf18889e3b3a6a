/**
 * Where a clause sits changes what it says. A clause reporting technical work already done,
 * before the request, is its background; a "no code" after the words it cancels still cancels
 * them; "by hand" cancels automation while "automatically on the first of every month" is
 * automation; a failure that is a trigger's condition ("when the nightly build fails") keeps
 * the trigger, while a failure that is diagnosed ("why it failed") does not.
 */
import { describe, expect, it } from 'vitest';
import { decideText, expectBothWays, ruleIds } from '../helpers.js';

describe('technical work already done, before the request', () => {
  it.each([
    { text: 'Now that the migration is finished, write the thank-you note to the team.', surface: 'cowork' },
    { text: 'Now that the database migration is done, email the customers that the outage is over.', surface: 'cowork' },
    { text: 'After the deployment last night went well, draft an announcement for the staff.', surface: 'cowork' },
    { text: 'The server upgrade is complete; write a short thank-you note to the IT staff.', surface: 'cowork' },
    { text: 'Since the new API is live, prepare a press release for partners.', surface: 'cowork' },
    // The request itself is technical: still code.
    { text: 'Now that the migration is finished, deploy the new API to production.', surface: 'code' },
    { text: 'Once the build is done, deploy it to staging.', surface: 'code' },
  ])('$text -> $surface', ({ text, surface }) => {
    expectBothWays(text, surface);
  });
});

describe('"no code" after the words it cancels', () => {
  it.each([
    { text: 'Build a dashboard of our monthly sales in Google Sheets, no code.', surface: 'cowork' },
    { text: "Make a tracker for the team's holidays in a spreadsheet, without any scripts.", surface: 'cowork' },
    { text: 'Create a tool for comparing vendor quotes in Excel. No coding, please.', surface: 'cowork' },
    // Words about code changes or reviews cancel nothing; nor does a cue before a turn.
    { text: 'Deploy the API to production; no code changes are needed.', surface: 'code' },
    { text: 'Fix the bug in the login form, no code review needed.', surface: 'code' },
    { text: 'No code is needed for the summary, but deploy the fix to staging afterwards.', surface: 'code' },
  ])('$text -> $surface', ({ text, surface }) => {
    expectBothWays(text, surface);
  });
});

describe('by hand, or automatically', () => {
  it.each([
    "I'll do it by hand each week, so just make a checklist for the stock count.",
    'Draft the monthly newsletter; I will send it manually.',
  ])('%s: no automation', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain('code.automation');
  });

  it.each([
    'Automatically on the first of every month, export the invoices and email them to accounting.',
    'Send the rent reminder to all tenants automatically on the first of each month.',
    'On the last Friday of each quarter, post the sales totals to the team channel.',
  ])('%s: automation', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.automation');
  });
});

describe('a failure as the condition of a trigger', () => {
  it.each([
    'When the nightly build fails, post the failures in the team channel.',
    'Whenever the deploy fails, open a ticket with the error message.',
    'Every time the tests fail on main, message the author of the commit.',
  ])('%s: automation', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.automation');
  });

  it.each([
    'Debug why the nightly cron job failed last week.',
    'Find out why the weekly sync keeps failing.',
  ])('%s: diagnosed, not automation', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).not.toContain('code.automation');
  });
});
