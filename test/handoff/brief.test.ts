/** Cowork briefs name every connector, file and folder the task names, ask for the right output, and suggest an approval mode. */
import { describe, expect, it } from 'vitest';
import { handoff } from '../../src/index.js';
import { handoffAs, zone } from './helpers.js';

const briefOf = (text: string) => {
  const [step] = handoff({ text }).steps;
  if (!step || step.kind !== 'cowork-task') throw new Error(`expected a cowork-task, got ${step?.kind}`);
  return step;
};

describe('the brief names everything the task names', () => {
  it.each([
    ['Turn the notes in ~/Documents/board-notes.docx into a ten-slide deck', ['~/Documents/board-notes.docx']],
    ['Merge Q3-budget.xlsx and Q4-budget.xlsx into one summary sheet', ['Q3-budget.xlsx', 'Q4-budget.xlsx']],
    ['Summarise the customer feedback in Google Drive and post the highlights to #product on Slack', ['Google Drive', 'Slack (#product)']],
    ['Pull this week\'s new deals from HubSpot into a Google Sheet and email the list to the sales team via Gmail', ['HubSpot', 'Google Sheets', 'Gmail']],
    ['Sort the PDFs in the "Client Contracts" folder by client name', ['"Client Contracts" folder']],
    ['Draft replies in Outlook to the invoices in the Finance shared drive', ['Outlook', 'Finance shared drive']],
    ['Read the Notion roadmap and the Jira tickets and write a status memo in Word document form', ['Notion', 'Jira', 'Word']],
  ])('%j names %j', (text, names) => {
    const step = briefOf(text);
    for (const name of names) expect(step.copy).toContain(name);
  });

  it('has the goal in one sentence, the inputs, the output and the checks', () => {
    const { copy } = briefOf('Turn the notes in ~/Documents/board-notes.docx into a ten-slide deck. Keep it to the key decisions.');
    expect(copy?.split('\n')).toEqual([
      'Goal: Turn the notes in ~/Documents/board-notes.docx into a ten-slide deck.',
      'Details: Keep it to the key decisions.',
      '',
      'Inputs:',
      '- Files: ~/Documents/board-notes.docx',
      '',
      'Output: a slide deck in PowerPoint (.pptx), ten slides.',
      '',
      'Before you finish, check:',
      '- Every input listed above was used; say which were missing, empty or unreadable.',
      '- Slide count and titles match what was asked; no slide is left with placeholder text.',
    ]);
  });
});

describe('the output it asks for', () => {
  it.each([
    ['Turn these meeting notes into a slide deck', 'a slide deck in PowerPoint (.pptx)'],
    ['Clean up the Q3 sales spreadsheet and add a pivot table by region', 'a spreadsheet in Excel (.xlsx)'],
    ['Write a one-page report on the survey results in a Google Doc', 'a Google Doc, one-page, with headings'],
    ['Tidy up the team\'s shared folder', 'the files moved or renamed in place'],
  ])('%j → %s', (text, output) => {
    expect(briefOf(text).copy).toContain(`Output: ${output}`);
  });
});

describe('approval mode: Manual where it sends or deletes', () => {
  it.each([
    ['Email the renewal reminders to the customers in the spreadsheet', 'Manual'],
    ['Post the weekly highlights in #general on Slack', 'Manual'],
    ['Delete the duplicate photos in the Pictures folder', 'Manual'],
    ['Turn these meeting notes into a slide deck', 'Auto'],
    ['Summarise the contracts in the Legal folder into a table', 'Auto'],
  ])('%j → %s', (text, mode) => {
    expect(briefOf(text).text).toContain(`Approval mode: ${mode}`);
  });

  it('a brief that sends says nothing goes out before you have seen it', () => {
    expect(briefOf('Email the renewal reminders to the customers').copy).toContain('Nothing is sent, posted or shared until I have seen the final wording');
  });
});

describe('cowork-scheduled-task (the 2026-11 edition, a clock schedule)', () => {
  const text = "Every Monday at 9am, pull last week's deals from HubSpot and post a summary in #sales on Slack";
  const [step] = handoffAs({ text }, '2026-11', zone('Europe/Berlin'), 'cowork').steps;

  it('has the brief and the fields of a Cowork scheduled task', () => {
    expect(step?.kind).toBe('cowork-scheduled-task');
    expect(step?.title).toBe('Schedule it in Cowork: every Monday at 09:00');
    for (const field of ["Name: Pull last week's deals from HubSpot", 'Frequency: Weekly, on Monday at 09:00 (Europe/Berlin time)', 'Folder: none', 'Approval mode: Manual']) {
      expect(step?.text).toContain(field);
    }
    expect(step?.copy).toContain('- Connectors: HubSpot, Slack (#sales)');
  });

  it('says what needs the app open, and that this one can run with it closed', () => {
    expect(step?.text).toContain('need the desktop app open and the computer awake');
    expect(step?.text).toContain('uses only connectors (HubSpot and Slack), so it can run in the cloud with the app closed');
  });

  it.each([
    ['Every weekday at 8am, summarise my unread Gmail into a digest', 'Frequency: Weekdays at 08:00'],
    ['Every day at 6pm, update the tracker spreadsheet from the Asana board', 'Frequency: Daily at 18:00'],
    ['Every hour, copy new HubSpot leads into the Google Sheet', 'Frequency: Hourly'],
    ['On the 1st of each month, compile the expense report', 'Frequency: Manual (the task asks for on the 1st of each month at 09:00'],
    ['Every 15 minutes, check the support inbox for urgent emails', 'Cowork schedules at most hourly'],
  ])('%j → %s', (task, frequency) => {
    expect(handoffAs({ text: task }, '2026-11', zone('UTC'), 'cowork').steps[0]?.text).toContain(frequency);
  });

  it('a task with local files runs locally: keep the computer awake', () => {
    const [local] = handoffAs({ text: 'Every Friday at 4pm, update ~/Reports/weekly.xlsx from the sales CSVs' }, '2026-11', zone('UTC'), 'cowork').steps;
    expect(local?.text).toContain('so it runs on your computer: keep the computer awake and the Claude desktop app open');
  });

  it('with the guide edition the same decision is a plain Cowork brief', () => {
    expect(handoffAs({ text }, 'guide', zone('UTC'), 'cowork').steps[0]?.kind).toBe('cowork-task');
  });

  it('recurring work without a clock ("the weekly report") stays a plain brief in 2026-11', () => {
    expect(handoffAs({ text: 'Prepare the weekly sales report' }, '2026-11', zone('UTC'), 'cowork').steps[0]?.kind).toBe('cowork-task');
  });
});

describe('with the engine\'s own 2026-11 edition', () => {
  it.each([
    ["Every Monday at 9am, pull last week's deals from HubSpot and post a summary in #sales on Slack", 'cowork-scheduled-task'],
    ['Prepare the weekly sales report from the CRM export', 'cowork-task'],
    ['When a new invoice arrives in Gmail, file it in the Finance folder', 'github-actions'],
  ])('%j → %s', (text, kind) => {
    expect(handoff({ text, policy: { knowledge: '2026-11' } }, { date: '2026-12-01' }).steps.map((step) => step.kind)).toEqual([kind]);
  });

  it('the scheduled task runs a prompt without the schedule in it, which is a field of its own', () => {
    const [step] = handoff({ text: 'Every weekday at 8am, summarise my unread Gmail into a digest', policy: { knowledge: '2026-11' } }, { date: '2026-12-01' }).steps;
    expect(step?.copy?.split('\n')[0]).toBe('Goal: Summarise my unread Gmail into a digest.');
    expect(step?.text).toContain('Frequency: Weekdays at 08:00 (UTC time)');
  });
});
