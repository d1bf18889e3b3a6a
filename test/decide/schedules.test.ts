/** Schedules and triggers make work automatic; words that only describe the past or the subject do not. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, questionIds, ruleIds } from './helpers.js';

describe('schedules and triggers', () => {
  it.each([
    { kind: 'weekday and time', text: 'Every Monday at 9am, post the sales numbers to Slack.' },
    { kind: 'each weekday', text: 'Each weekday, send me a digest of new support tickets.' },
    { kind: 'nightly', text: 'Nightly, sync the orders from Shopify into the finance sheet.' },
    { kind: 'on every push', text: 'On every push, run the linter and the tests.' },
    { kind: 'a file landing', text: 'Whenever a file lands in the uploads folder, convert it to PDF.' },
    { kind: 'cron job', text: 'Set up a cron job that emails the on-call rota.' },
    { kind: 'time of day', text: "At midnight, archive yesterday's chat logs to Google Drive." },
    { kind: 'interval', text: 'Every 30 minutes, check the status page and post to Slack if anything is down.' },
    { kind: 'new row', text: 'When a new row is added to the leads sheet, create a HubSpot contact.' },
    { kind: 'merged pull request', text: 'Triggered by each merged pull request, update the changelog.' },
    { kind: 'unattended', text: 'Convert the uploaded invoices to PDF unattended, without anyone starting it.' },
    { kind: 'weekdays in the plural', text: 'On Fridays at 6pm, copy the week’s timesheets into the payroll sheet.' },
  ])('$kind: $text', ({ text }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.automation');
    expect(caveatIds(decision)).toContain('caveat.cowork-needs-human');
  });

  it('quotes the words of the schedule as evidence', () => {
    const text = 'Every Monday at 9am, post the sales numbers to Slack.';
    const automation = decideText(text).reasons.find((reason) => reason.rule === 'code.automation');
    expect(automation?.evidence.map((evidence) => evidence.text).join(' ')).toMatch(/Every Monday/);
  });
});

describe('words about the past or the subject are not a schedule', () => {
  it.each([
    { text: 'Debug why the nightly cron job failed.', surface: 'code' },
    { text: 'Investigate why the weekly Postgres sync job crashed on Sunday.', surface: 'code' },
    { text: 'The nightly export script is not working; find out why.', surface: 'code' },
    { text: 'Schedule 1:1s with my reports.', surface: 'cowork' },
    { text: 'Set up a weekly team meeting every Thursday at 10.', surface: 'cowork' },
    { text: 'Book a recurring standup every weekday at 9:15 on the team calendar.', surface: 'cowork' },
    // One date, not a habit: the singular weekday.
    { text: 'Get us a table for four at the noodle bar on Thursday at 8 pm.', surface: 'cowork' },
    { text: 'send the signed lease to the landlord on monday at noon', surface: 'cowork' },
    // Figures grouped by day, not work done each day.
    { text: 'Put the average takings for each day in the bottom row of the sales sheet.', surface: 'cowork' },
  ])('$text -> $surface, without code.automation', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    expect(ruleIds(decision)).not.toContain('code.automation');
    expect(caveatIds(decision)).not.toContain('caveat.cowork-needs-human');
  });
});

describe('a person starting it by hand is no automation', () => {
  it.each([
    "Give the sales team a weekly pipeline deck; I'll kick it off myself every Friday.",
    "I'll run it manually each month: refresh the budget spreadsheet.",
    'Every Monday I open the sales sheet and update the totals by hand.',
    'Just this once, send the client list to the new account manager.',
  ])('%j stays in Cowork', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain('code.automation');
    expect(questionIds(decision)).not.toContain('question.schedule');
  });
});

describe('recurring work that does not say whether it runs unattended', () => {
  it.each([
    'Prepare the weekly sales report.',
    'Do the monthly close reconciliation in the workbook.',
    'Draft the weekly status update for the client.',
    'Put together the quarterly expense summary for finance.',
  ])('%j stays in Cowork and asks about the schedule', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain('code.automation');
    expect(questionIds(decision)).toContain('question.schedule');
  });
});
