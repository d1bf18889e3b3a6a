/** Who runs it, whether it must stay in a sandbox, and how heavy it is. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText, questionIds, ruleIds } from './helpers.js';

describe('operator self-descriptions', () => {
  it.each([
    "I'm not technical. Please rename the files in my Photos folder by date.",
    'I have no coding experience; sort my inbox into folders.',
    "I'm not a developer — build me a deck from these notes.",
    "I'm not very technical and want to see each step: clean up this spreadsheet.",
  ])('%j: Cowork for a non-technical operator', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).toContain('cowork.non-technical-operator');
  });

  it.each([
    "I'm in marketing and need our landing page redeployed from the GitHub repo.",
    "I'm not technical, but I need the Django app's login bug fixed.",
    'I do not know how to code; set up the nginx reverse proxy on our server.',
  ])('%j: code work from someone who may not be technical asks who reviews it', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(questionIds(decision)).toContain('question.operator');
  });

  it.each([
    "I'm a recruiter; our developers will review it — fix the careers page bug in the website repo.",
    "I'm in marketing. Our engineers will review the pull request: fix the footer link in the website repo.",
  ])('%j: does not ask who reviews it when the text says', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(questionIds(decision)).not.toContain('question.operator');
  });

  it.each(['Refactor the auth module and add unit tests.', 'Deploy the billing service to production.'])(
    '%j: does not ask about the operator when nothing hints at one',
    (text) => {
      expect(questionIds(decideText(text))).not.toContain('question.operator');
    },
  );
});

describe('sandbox wishes', () => {
  it.each([
    "Keep it in a sandbox so it can't touch anything else: sort these PDFs into folders.",
    'I want a locked down environment with a limited blast radius while you edit these slides.',
    "I'd rather it can't touch anything else on my laptop: draft replies to these customer emails.",
  ])('%j: Cowork, sandboxed', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).toContain('cowork.sandboxed');
  });
});

describe('heavy, parallel and whole-disk work', () => {
  it.each([
    { kind: 'whole disk', text: 'Give it root access to scan the entire disk for duplicate photos.' },
    { kind: 'whole file system', text: 'Search the whole file system for old invoices and list them.' },
    { kind: 'parallel', text: 'Run 50 agents in parallel to check each of our help-center articles for broken links.' },
    { kind: 'millions of rows', text: 'Process millions of rows of log data for anomalies.' },
    { kind: 'long-running', text: 'Convert this video archive; it will run for hours and produce thousands of clips.' },
  ])('$kind: Code, heavy or unsandboxed, with engineering review', ({ text }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.unsandboxed-or-heavy');
    expect(caveatIds(decision)).toContain('caveat.engineering-review');
  });
});
