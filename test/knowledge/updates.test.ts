/** A newer edition's update shows in a decision exactly when the decision rests on the fact it changes. */
import { describe, expect, it } from 'vitest';
import { decide, GUIDE_KNOWLEDGE } from '../../src/index.js';
import type { KnowledgePack, Update } from '../../src/index.js';
import { parseKnowledgePack } from '../../src/schema/knowledge.js';

function editionWith(...facts: readonly string[]): KnowledgePack {
  const updates: Update[] = facts.map((fact) => ({
    fact,
    guide: `what the guide says about ${fact}`,
    now: `what is reported now about ${fact}`,
    asOf: '2026-06',
    source: 'https://example.com/changelog',
    changes: [],
  }));
  const pack = { ...GUIDE_KNOWLEDGE, edition: 'test-2026-06', version: '2', asOf: '2026-06', updates };
  const parsed = parseKnowledgePack(pack);
  if (!parsed.ok) throw new Error(`test pack is invalid: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

const updatedFacts = (text: string, knowledge: KnowledgePack): string[] => decide({ text }, { knowledge }).updates.map((update) => update.fact);

describe('updates', () => {
  it.each([
    { text: 'Every Monday at 9am, post the sales numbers to Slack.', fact: 'fact.cowork-needs-human' },
    { text: 'Every Monday at 9am, post the sales numbers to Slack.', fact: 'fact.code-headless' },
    { text: 'Summarize the HIPAA-covered discharge notes.', fact: 'fact.cowork-not-audited' },
    { text: 'Summarize the HIPAA-covered discharge notes.', fact: 'fact.regulated-route' },
    { text: 'Deploy the billing service to production.', fact: 'fact.code-needs-review' },
    { text: 'Put the survey results in an Excel chart.', fact: 'fact.cowork-integrations' },
    { text: 'Which one is smarter for writing a board memo?', fact: 'fact.same-model' },
    { text: 'Which plan do we need to run this on our repo?', fact: 'fact.plans-change' },
    { text: 'Fix the failing unit test, then write the customer apology letter.', fact: 'fact.cowork-surface' },
  ])('lists an update to $fact, which "$text" rests on', ({ text, fact }) => {
    const knowledge = editionWith(fact);
    const { updates } = decide({ text }, { knowledge });
    expect(updates).toEqual(knowledge.updates.map(({ changes: _, ...update }) => update));
  });

  it.each([
    { text: 'Deploy the billing service to production.', fact: 'fact.plans-change' },
    { text: 'Deploy the billing service to production.', fact: 'fact.cowork-needs-human' },
    { text: 'Put the survey results in an Excel chart.', fact: 'fact.code-enterprise-audit' },
    { text: 'Draft a memo to staff about the new parking policy.', fact: 'fact.same-model' },
    { text: 'Every Monday at 9am, post the sales numbers to Slack.', fact: 'fact.cowork-no-os-sandbox' },
  ])('leaves out an update to $fact, which "$text" does not rest on', ({ text, fact }) => {
    expect(updatedFacts(text, editionWith(fact))).toEqual([]);
  });

  it('lists only the related updates when an edition changes several facts', () => {
    const knowledge = editionWith('fact.plans-change', 'fact.code-needs-review', 'fact.cowork-integrations');
    expect(updatedFacts('Deploy the billing service to production.', knowledge)).toEqual(['fact.code-needs-review']);
  });

  it('is stamped with the edition used', () => {
    const text = 'Deploy the billing service to production.';
    expect(decide({ text }).knowledge).toEqual({ edition: 'guide', version: '1', asOf: GUIDE_KNOWLEDGE.asOf });
    expect(decide({ text }, { knowledge: editionWith('fact.code-needs-review') }).knowledge).toEqual({
      edition: 'test-2026-06',
      version: '2',
      asOf: '2026-06',
    });
  });

  it('does not change the answer itself, only what is said beside it', () => {
    const text = 'Every Monday at 9am, post the sales numbers to Slack.';
    const plain = decide({ text });
    const updated = decide({ text }, { knowledge: editionWith('fact.cowork-needs-human') });
    expect({ ...updated, updates: plain.updates, knowledge: plain.knowledge }).toEqual(plain);
  });
});
