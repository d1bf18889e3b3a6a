/**
 * The two editions end to end. `guide` decides as the guide says and lists the newer facts a
 * decision rests on; `2026-11` decides by them: clock-scheduled knowledge work may be a Cowork
 * scheduled task, event triggers stay with Claude Code, regulated knowledge work on Enterprise
 * may go to Cowork (HIPAA excepted), and nothing promises that Claude Code is unsandboxed.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, decide, EDITIONS, knowledgeEdition, renderText } from '../../src/index.js';
import type { Decision, Edition, Policy } from '../../src/index.js';
import { caveatIds as caveats, ruleIds as rules } from '../decide/helpers.js';

const decideIn = (knowledge: Edition, text: string, policy: Policy = {}): Decision => decide({ text, policy: { ...policy, knowledge } });
const facts = (decision: Decision): string[] => decision.updates.map((update) => update.fact);

describe('2026-11: schedules', () => {
  it.each([
    "Every Monday at 9am, pull last week's deals from HubSpot and post a summary in #sales.",
    'Every Friday at 5pm, compile the timesheets into the payroll workbook.',
    'Each morning, draft a digest of yesterday\'s support emails and send it to the team.',
  ])('clock-scheduled knowledge work %j is a Cowork scheduled task, with a caveat', (text) => {
    expect(decideIn('guide', text).surface).toBe('code');
    const decision = decideIn('2026-11', text);
    expect(decision.surface).toBe('cowork');
    expect(rules(decision)).toContain('cowork.knowledge-work');
    expect(caveats(decision)).toContain('caveat.cowork-needs-human');
    expect(decision.caveats.find((caveat) => caveat.id === 'caveat.cowork-needs-human')?.text).toMatch(/scheduled task on a clock/);
    expect(facts(decision)).toContain('cowork.scheduled-tasks');
    expect(decision.questions.map((question) => question.id)).not.toContain('question.schedule');
  });

  it.each([
    'Whenever a new contract lands in Google Drive, summarize it into the tracker spreadsheet.',
    'When a new invoice arrives in the shared inbox, add it to the accounts spreadsheet.',
    'As soon as a new lead comes in through the web form, add it to the sales spreadsheet.',
  ])('event-triggered work %j stays with Claude Code', (text) => {
    const decision = decideIn('2026-11', text);
    expect(decision.surface).toBe('code');
    expect(rules(decision)).toContain('code.automation');
    expect(decision.caveats.find((caveat) => caveat.id === 'caveat.cowork-needs-human')?.text).toMatch(/cannot start on a commit, a file, an e-mail or a webhook/);
  });

  it('clock-scheduled code work stays with Claude Code', () => {
    expect(decideIn('2026-11', 'Every night at 2am, deploy the API to staging.').surface).toBe('code');
  });
});

describe('2026-11: regulated work', () => {
  const memo = 'Draft the quarterly board memo for our SOX audit.';
  const notes = 'Summarize the HIPAA-covered discharge notes into a report.';

  it('regulated knowledge work on Enterprise goes to Cowork, with its caveats', () => {
    const decision = decideIn('2026-11', memo, { plan: 'enterprise' });
    expect(decision.surface).toBe('cowork');
    expect(rules(decision)).toEqual(expect.arrayContaining(['cowork.knowledge-work', 'code.compliance']));
    expect(caveats(decision)).toEqual(expect.arrayContaining(['caveat.regulated-workload', 'caveat.cowork-not-audited']));
    expect(decision.caveats.map((caveat) => caveat.text).join(' ')).toMatch(/Compliance API \(beta\)/);
    expect(facts(decision)).toContain('cowork.compliance-api');
    expect(decideIn('guide', memo, { plan: 'enterprise' }).surface).toBe('code');
  });

  it.each([
    { name: 'HIPAA on Enterprise', text: notes, policy: { plan: 'enterprise' } },
    { name: 'SOX on Team', text: memo, policy: { plan: 'team' } },
    { name: 'SOX with no plan named', text: memo, policy: {} },
    { name: 'regulated code work on Enterprise', text: 'Fix the bug in the claims API; SOX applies.', policy: { plan: 'enterprise' } },
  ] as const)('$name stays with Claude Code', ({ text, policy }) => {
    const decision = decideIn('2026-11', text, policy);
    expect(decision.surface).toBe('code');
    expect(caveats(decision)).toContain('caveat.regulated-workload');
  });

  it('HIPAA on Enterprise goes to Cowork behind a gateway, as in the guide', () => {
    expect(decideIn('2026-11', notes, { plan: 'enterprise', coworkGateway: true }).surface).toBe('cowork');
  });

  it('on Team, the caveat says the Compliance API comes with Enterprise', () => {
    const text = decideIn('2026-11', memo, { plan: 'team' }).caveats.find((caveat) => caveat.id === 'caveat.regulated-workload')?.text;
    expect(text).toMatch(/Your plan is Team; the Compliance API, which captures Cowork, comes with Enterprise only\./);
  });
});

describe('2026-11: no promise that Claude Code is unsandboxed', () => {
  it('no rule, caveat or question of the edition says so', () => {
    const pack = knowledgeEdition('2026-11');
    const wording = [...pack.rules.flatMap((rule) => [rule.summary, rule.fromContext]), ...pack.caveats.map((caveat) => caveat.text), ...pack.questions.map((question) => question.text)];
    for (const text of wording) expect(text).not.toMatch(/unsandboxed/i);
    expect(knowledgeEdition('guide').rules.some((rule) => /unsandboxed/i.test(rule.summary))).toBe(true);
  });

  it('heavy work still goes to Claude Code', () => {
    const decision = decideIn('2026-11', 'Process all 40,000 files on the shared drive in parallel and build an index.');
    expect(decision.surface).toBe('code');
    expect(decision.reasons.map((reason) => reason.summary).join(' ')).not.toMatch(/unsandboxed/i);
  });
});

describe('updates', () => {
  it.each([
    { text: "Every Monday at 9am, pull last week's deals from HubSpot and post a summary in #sales.", fact: 'cowork.scheduled-tasks' },
    { text: 'Deploy the billing service to production.', fact: 'code.sandboxing' },
    { text: 'Summarize the HIPAA-covered discharge notes into a report.', fact: 'cowork.compliance-api' },
  ])('a guide decision on $text lists $fact, and keeps the guide\'s answer', ({ text, fact }) => {
    const decision = decideIn('guide', text);
    expect(facts(decision)).toContain(fact);
    const update = decision.updates.find((candidate) => candidate.fact === fact);
    expect(update).toMatchObject({ guide: expect.any(String), now: expect.any(String), asOf: expect.stringMatching(/^\d{4}-\d{2}$/), source: expect.stringMatching(/^https:\/\//) });
    expect(decision).toEqual(decide({ text }));
  });

  it('a decision that rests on no changed fact lists none', () => {
    expect(decideIn('guide', 'Please handle it by Friday.').updates).toEqual([]);
  });

  it('the text rendering adds a short "newer information" note with the guide, and names the edition otherwise', () => {
    const text = 'Deploy the billing service to production.';
    const guide = renderText(decideIn('guide', text), { color: false });
    expect(guide).toMatch(/Newer information \(this answer follows the guide; the 2026-11 edition uses it\)\n {2}- Claude Code works in the terminal or IDE and asks before it acts unless a permission mode allows it \(default, acceptEdits, plan, auto, dontAsk, bypassPermissions\)\. \(as of 2026-08; https:\/\/code\.claude\.com\/docs\/en\/permission-modes\)/);
    expect(renderText(decideIn('2026-11', text), { color: false })).toMatch(/Newer than the guide \(2026-11 edition\)/);
    expect(renderText(decideIn('guide', 'Please handle it by Friday.'), { color: false })).not.toMatch(/Newer/);
  });
});

describe.each(EDITIONS)('the %s edition', (edition) => {
  it('is named in every decision it makes', () => {
    expect(createEngine({ knowledge: edition }).decide({ text: 'Deploy the API' }).knowledge).toEqual({
      edition,
      version: knowledgeEdition(edition).version,
      asOf: knowledgeEdition(edition).asOf,
    });
  });
});
