/** The evidence invariant: every signal's span slices back to its text, whatever the text looks like. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import { extractSignals } from './helpers.js';

const TEXTS = [
  'Every Monday at 9am, pull last week’s deals from HubSpot and post a summary in #sales.',
  'Fix the NullPointerException in OrderService.java, then write the customer letter.',
  "I'm not technical; sort the team's shared drive and let me watch each step.",
  'Run this:\n$ npm install && npm test\nthen open https://github.com/acme/app/pull/42.',
  'Use =VLOOKUP(A2,B:C,2,FALSE) across B2:B40 in Q3-budget.xlsx.',
  '🚀 Déployer? No — deploy the café’s API to staging 🙏 and tell Zoë.',
  'EVERY NIGHT AT 2AM, BACK UP THE POSTGRES DATABASE TO S3.',
  'Create an issue titled "Refactor the billing module" and assign it to me.',
  'Summarize the patient records; this is HIPAA data covered by an audit trail.',
  '日本語のメモ: write a summary report of the meeting notes in a Word document.',
  "Don't deploy anything yet; just write the launch announcement.",
  'Edit /etc/nginx/nginx.conf and ~/.bashrc, rename user_id to accountId, call parse(x).',
  'Spin up 20 parallel agents to triage 5,000 GitHub issues; which plan do we need?',
  '\t  Leading spaces, then deploy the API\r\nand write the memo with Windows line endings  \r\n',
];

describe('evidence spans', () => {
  it.each(TEXTS)('every extracted signal slices back to its evidence: %j', (text) => {
    const { signals } = extractSignals(text);
    expect(signals.length).toBeGreaterThan(0);
    for (const { evidence } of signals) {
      expect(evidence.end).toBeGreaterThan(evidence.start);
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it.each(TEXTS)('every reason of the decision slices back to its evidence, parts included: %j', (text) => {
    const decision = decide({ text });
    const reasons = [...decision.reasons, ...decision.parts.flatMap((part) => part.reasons)];
    for (const evidence of reasons.flatMap((reason) => reason.evidence)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    for (const part of decision.parts) expect(text.slice(part.start, part.end)).toBe(part.text);
  });

  it.each(TEXTS)('every piece of the task slices back to its text: %j', (text) => {
    for (const piece of extractSignals(text).pieces()) expect(text.slice(piece.start, piece.end)).toBe(piece.text);
  });
});
