/** The contract's precedence: automation, then compliance, then code work, then knowledge work. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, ruleIds } from './helpers.js';

describe('automation beats knowledge work', () => {
  it.each([
    'Every Friday at 5pm, compile the timesheets into the payroll workbook.',
    "Each morning, draft a digest of yesterday's support emails and send it to the team.",
    'Whenever a new contract lands in Google Drive, summarize it into the tracker spreadsheet.',
    'Every Monday at 9am, turn the pipeline numbers into a slide deck.',
  ])('%j goes to Code, and Cowork is told it needs a person', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)[0]).toBe('code.automation');
    expect(ruleIds(decision)).not.toContain('cowork.knowledge-work');
    expect(caveatIds(decision)).toContain('caveat.cowork-needs-human');
  });
});

describe('compliance beats knowledge work and code work', () => {
  it.each([
    'Draft the quarterly board memo for our SOX audit.',
    'Reformat the SOC 2 policy document in Word.',
    'Update the patient intake spreadsheet; it holds PHI under HIPAA.',
    'Fix the bug in the claims API; it handles PHI.',
  ])('%j goes to Code with the regulated-workload caveats', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.compliance');
    expect(caveatIds(decision)).toEqual(expect.arrayContaining(['caveat.regulated-workload', 'caveat.cowork-not-audited']));
  });

  it('keeps a scheduled regulated job in Code, listing both reasons', () => {
    const decision = decideText('Every night, back up the HIPAA patient database.');
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toEqual(expect.arrayContaining(['code.automation', 'code.compliance']));
  });
});

describe('a Cowork gateway lets regulated knowledge work go to Cowork, with a caveat', () => {
  it.each([
    'Update the patient intake spreadsheet; it holds PHI under HIPAA.',
    'Reformat the SOC 2 policy document in Word.',
    'Summarize the cardholder data report for finance; PCI DSS applies.',
  ])('%j with coworkGateway goes to Cowork', (text) => {
    const decision = decideText(text, { policy: { coworkGateway: true } });
    expect(decision.surface).toBe('cowork');
    expect(caveatIds(decision)).toContain('caveat.regulated-workload');
    expect(ruleIds(decision)).toContain('code.compliance');
  });

  it.each([
    { text: 'Fix the bug in the claims API; it handles PHI.', rule: 'code.code-or-infra' },
    { text: 'Every night, export the HIPAA claims report.', rule: 'code.automation' },
  ])('but not regulated $rule work: $text', ({ text, rule }) => {
    const decision = decideText(text, { policy: { coworkGateway: true } });
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain(rule);
  });

  it('does not move unregulated work', () => {
    expect(decideText('Deploy the API to staging.', { policy: { coworkGateway: true } }).surface).toBe('code');
    expect(decideText('Draft the staff memo.', { policy: { coworkGateway: false } }).surface).toBe('cowork');
  });
});

describe('code work beats a non-technical operator', () => {
  it.each([
    "I'm not technical, but I need the Django app's login bug fixed.",
    "I'm not a developer; please update the nginx config on our web server.",
    'I do not know how to code; set up the nginx reverse proxy on our server.',
    "I'm in sales and want the Salesforce webhook endpoint fixed in our API.",
  ])('%j goes to Code with engineering review', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.code-or-infra');
    expect(caveatIds(decision)).toContain('caveat.engineering-review');
  });
});

describe('code work beats knowledge work when code is asked for outright', () => {
  it.each([
    'Write a Python script that builds the monthly Excel sales report from the orders database.',
    'Write a script to rename all the photos in a folder by the date they were taken.',
    'Using the terminal, convert these Word documents to PDF.',
  ])('%j goes to Code', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.code-or-infra');
  });
});

describe('no signal at all', () => {
  it.each(['Can you take care of this for me?', 'Help me with the Q3 numbers.', 'Please handle it by Friday.'])(
    '%j falls to Cowork, the guide\'s "No -> Cowork"',
    (text) => {
      const decision = decideText(text);
      expect(decision.surface).toBe('cowork');
      expect(decision.reasons).toEqual([]);
    },
  );
});
