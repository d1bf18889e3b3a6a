/** Regulated regimes and audit trails route to Code; sensitive data with no regime asks instead. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, questionIds, ruleIds } from './helpers.js';

describe('regulated regimes', () => {
  it.each([
    { regime: 'HIPAA', text: 'Summarize the HIPAA-covered discharge notes.' },
    { regime: 'PHI', text: 'Build a dashboard of PHI access events for the privacy office.' },
    { regime: 'protected health information', text: 'Map the protected health information fields in our intake forms.' },
    { regime: 'PCI', text: 'Write the PCI compliance memo for the board.' },
    { regime: 'PCI DSS', text: 'Mask the card numbers in the export before it leaves; we are under PCI DSS.' },
    { regime: 'SOX', text: 'Prepare the SOX evidence binder for the auditors.' },
    { regime: 'Sarbanes-Oxley', text: 'Update the Sarbanes-Oxley controls matrix.' },
    { regime: 'SOC 2', text: 'Collect the SOC 2 evidence screenshots into one folder.' },
    { regime: 'SOC2', text: 'Prepare the SOC2 readiness deck.' },
  ])('$regime: Code, regulated workload, Cowork not audited', ({ text }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.compliance');
    expect(caveatIds(decision)).toEqual(expect.arrayContaining(['caveat.regulated-workload', 'caveat.cowork-not-audited']));
    expect(questionIds(decision)).not.toContain('question.compliance');
  });

  it.each([
    { text: 'Summarize the HIPAA-covered discharge notes.', named: 'HIPAA' },
    { text: 'Write the PCI compliance memo for the board.', named: 'PCI DSS' },
    { text: 'Prepare the SOC2 readiness deck.', named: 'SOC 2' },
  ])('names the regime it found in the caveat: $named', ({ text, named }) => {
    const caveat = decideText(text).caveats.find((candidate) => candidate.id === 'caveat.regulated-workload');
    expect(caveat?.text).toContain(named);
  });
});

describe('audit-trail requirements without a regime', () => {
  it.each([
    'Every change to the vendor list must leave an audit trail.',
    'We need an audit log of every action it takes while it files these invoices.',
    'All of its activity has to be captured by the Compliance API.',
  ])('%j: Code, Cowork not audited, no regime caveat', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.compliance');
    expect(caveatIds(decision)).toContain('caveat.cowork-not-audited');
    expect(caveatIds(decision)).not.toContain('caveat.regulated-workload');
  });
});

describe('sensitive data with no regime named', () => {
  it.each([
    'Summarize the patient records from the clinic into a spreadsheet.',
    'Tidy up the list of credit card numbers for the finance team.',
    "Put the customers' social security numbers into a mail-merge letter.",
    'Sort the medical records scans into folders by patient.',
    'Draft a summary of the financial statements for the auditors.',
    'Compile the employee salary data into a report for HR.',
  ])('%j asks about compliance instead of deciding it', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).not.toContain('code.compliance');
    expect(questionIds(decision)).toContain('question.compliance');
  });

  it('does not ask once a regime is declared, or declared absent', () => {
    const text = 'Summarize the patient records from the clinic into a spreadsheet.';
    expect(questionIds(decideText(text, { context: { compliance: ['hipaa'] } }))).not.toContain('question.compliance');
    expect(questionIds(decideText(text, { context: { compliance: [] } }))).not.toContain('question.compliance');
  });
});
