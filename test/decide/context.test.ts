/** Explicit context answers beat what the text implies, and show as reasons with no evidence. */
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/index.js';
import { caveatIds, decideText, questionIds, ruleIds } from './helpers.js';

describe('an answer of true adds its rule, with empty evidence', () => {
  it.each<{ context: Context; text: string; surface: string; rule: string }>([
    { context: { involvesCode: true }, text: 'Tidy up the team shared folder.', surface: 'code', rule: 'code.code-or-infra' },
    { context: { scheduled: true }, text: 'Refresh the KPI numbers in the board deck.', surface: 'code', rule: 'code.automation' },
    { context: { compliance: ['hipaa'] }, text: "Summarize the clinic's notes into a memo.", surface: 'code', rule: 'code.compliance' },
    { context: { compliance: ['pci', 'sox'] }, text: 'Reconcile the card statement spreadsheet.', surface: 'code', rule: 'code.compliance' },
    { context: { operator: 'non-technical' }, text: 'Sort my photos into albums.', surface: 'cowork', rule: 'cowork.non-technical-operator' },
    { context: { sandboxPreferred: true }, text: 'Sort my photos into albums.', surface: 'cowork', rule: 'cowork.sandboxed' },
    { context: { involvesCode: false }, text: 'Deploy the API to staging.', surface: 'cowork', rule: 'cowork.knowledge-work' },
  ])('$context on $text -> $surface by $rule', ({ context, text, surface, rule }) => {
    const decision = decideText(text, { context });
    expect(decision.surface).toBe(surface);
    const reason = decision.reasons.find((candidate) => candidate.rule === rule);
    expect(reason?.evidence).toEqual([]);
    expect(reason?.summary).not.toBe('');
  });
});

describe('an answer of false cancels what the text implies', () => {
  it.each<{ context: Context; text: string; surface: string; gone: string }>([
    { context: { involvesCode: false }, text: 'Refactor the checkout code and redeploy it.', surface: 'cowork', gone: 'code.code-or-infra' },
    { context: { scheduled: false }, text: 'Every Monday at 9am, refresh the KPI deck.', surface: 'cowork', gone: 'code.automation' },
    { context: { compliance: [] }, text: 'Summarize these HIPAA patient notes into a memo.', surface: 'cowork', gone: 'code.compliance' },
    { context: { operator: 'technical' }, text: "I'm not technical: sort my photos into albums.", surface: 'cowork', gone: 'cowork.non-technical-operator' },
    { context: { sandboxPreferred: false }, text: 'Keep it sandboxed: sort my photos into albums.', surface: 'cowork', gone: 'cowork.sandboxed' },
  ])('$context on $text -> $surface without $gone', ({ context, text, surface, gone }) => {
    const decision = decideText(text, { context });
    expect(decision.surface).toBe(surface);
    expect(ruleIds(decision)).not.toContain(gone);
  });

  it('an empty compliance list drops the regime caveats too', () => {
    const decision = decideText('Summarize these HIPAA patient notes into a memo.', { context: { compliance: [] } });
    expect(caveatIds(decision)).not.toContain('caveat.regulated-workload');
    expect(caveatIds(decision)).not.toContain('caveat.cowork-not-audited');
  });

  it('a technical operator is not asked who reviews the code', () => {
    const text = "I'm in marketing and need our landing page redeployed from the GitHub repo.";
    expect(questionIds(decideText(text))).toContain('question.operator');
    expect(questionIds(decideText(text, { context: { operator: 'technical' } }))).not.toContain('question.operator');
  });
});

describe('answers are near-certain', () => {
  it.each<Context>([{ involvesCode: true }, { scheduled: true }, { compliance: ['soc2'] }])('%o gives high confidence', (context) => {
    expect(decideText('Sort out the numbers.', { context }).confidence).toBeGreaterThanOrEqual(0.9);
  });
});
