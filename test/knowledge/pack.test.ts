/** The shipped knowledge packs: valid, complete against the contract, every citation resolved, dates well-formed. */
import { describe, expect, it } from 'vitest';
import { EDITIONS, GUIDE_KNOWLEDGE, knowledgeEdition } from '../../src/index.js';
import type { KnowledgePack } from '../../src/index.js';
import { parseKnowledgePack } from '../../src/schema/knowledge.js';

// Written out from spec/decision-contract.md rather than imported, so a renamed or dropped id fails here.
const CONTRACT_RULES = [
  'code.code-or-infra',
  'code.unsandboxed-or-heavy',
  'code.automation',
  'code.compliance',
  'cowork.knowledge-work',
  'cowork.office-and-connectors',
  'cowork.non-technical-operator',
  'cowork.sandboxed',
];
const CONTRACT_CAVEATS = [
  'caveat.engineering-review',
  'caveat.regulated-workload',
  'caveat.cowork-not-audited',
  'caveat.cowork-needs-human',
  'caveat.same-model',
  'caveat.confirm-plans',
];
const CONTRACT_QUESTIONS = ['question.code-or-infra', 'question.schedule', 'question.compliance', 'question.operator'];

const pack = GUIDE_KNOWLEDGE;
const factIds = new Set(pack.facts.map((fact) => fact.id));
const YEAR_MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;

/** A deep copy to break on purpose. */
const copy = (): { -readonly [K in keyof KnowledgePack]: KnowledgePack[K] } => structuredClone(pack) as never;

describe.each(EDITIONS)('the %s pack', (edition) => {
  const pack = knowledgeEdition(edition);
  const factIds = new Set(pack.facts.map((fact) => fact.id));

  it('passes parseKnowledgePack', () => {
    expect(parseKnowledgePack(pack)).toEqual({ ok: true, value: pack });
  });

  it.each([
    { kind: 'rule', expected: CONTRACT_RULES, defined: pack.rules.map((rule) => rule.id) },
    { kind: 'caveat', expected: CONTRACT_CAVEATS, defined: pack.caveats.map((caveat) => caveat.id) },
    { kind: 'question', expected: CONTRACT_QUESTIONS, defined: pack.questions.map((question) => question.id) },
  ])('defines every $kind id of the contract exactly once, and no other', ({ expected, defined }) => {
    expect([...defined].sort()).toEqual([...expected].sort());
  });

  it.each(pack.rules.map((rule) => [rule.id, rule] as const))('%s points where its prefix says and cites known facts', (id, rule) => {
    expect(rule.pointsTo).toBe(id.split('.')[0]);
    expect(rule.facts.length).toBeGreaterThan(0);
    for (const fact of rule.facts) expect(factIds.has(fact)).toBe(true);
  });

  it.each(pack.caveats.map((caveat) => [caveat.id, caveat] as const))('%s cites known facts', (_, caveat) => {
    expect(caveat.facts.length).toBeGreaterThan(0);
    for (const fact of caveat.facts) expect(factIds.has(fact)).toBe(true);
  });

  it('has unique fact ids, each with a statement, a source and a YYYY-MM date', () => {
    expect(factIds.size).toBe(pack.facts.length);
    for (const fact of pack.facts) {
      expect(fact.asOf).toMatch(YEAR_MONTH);
      expect(fact.statement.trim()).not.toBe('');
      expect(fact.source.trim()).not.toBe('');
    }
  });

  it('is stamped with a YYYY-MM date no older than its newest fact', () => {
    expect(pack.asOf).toMatch(YEAR_MONTH);
    for (const fact of pack.facts) expect(fact.asOf <= pack.asOf).toBe(true);
  });

  it('names its edition, and every update has a URL source and a YYYY-MM date', () => {
    expect(pack.edition).toBe(edition);
    for (const update of pack.updates) {
      expect(update.asOf).toMatch(YEAR_MONTH);
      expect(new URL(update.source).protocol).toBe('https:');
    }
  });
});

describe('the guide pack', () => {
  it('lists as updates only newer facts that change one of its own facts', () => {
    expect(pack.updates.length).toBeGreaterThan(0);
    for (const update of pack.updates) expect(update.changes.some((fact) => factIds.has(fact))).toBe(true);
  });
});

describe('parseKnowledgePack refuses a broken pack', () => {
  it.each<{ name: string; breakIt: (broken: ReturnType<typeof copy>) => void; field: string }>([
    { name: 'a rule defined twice', breakIt: (broken) => void (broken.rules = [...pack.rules, pack.rules[0] as never]), field: 'rules' },
    { name: 'a missing caveat', breakIt: (broken) => void (broken.caveats = pack.caveats.slice(1)), field: 'caveats' },
    { name: 'a missing question', breakIt: (broken) => void (broken.questions = pack.questions.slice(1)), field: 'questions' },
    {
      name: 'a rule citing an unknown fact',
      breakIt: (broken) => void (broken.rules = pack.rules.map((rule, index) => (index === 0 ? { ...rule, facts: ['fact.nowhere'] as never } : rule))),
      field: pack.rules[0]?.id ?? '',
    },
    {
      name: 'an update to an unknown fact',
      breakIt: (broken) => void (broken.updates = [{ fact: 'fact.nowhere', guide: 'a', now: 'b', asOf: '2026-05', source: 'https://example.com', changes: [] }]),
      field: 'updates',
    },
    {
      name: 'a rule in a tier the precedence leaves out',
      breakIt: (broken) => void (broken.precedence = { ...pack.precedence, tiers: pack.precedence.tiers.filter((tier) => tier !== 'compliance') }),
      field: 'code.compliance',
    },
    {
      name: 'a tier listed twice',
      breakIt: (broken) => void (broken.precedence = { ...pack.precedence, tiers: [...pack.precedence.tiers, 'automation'] }),
      field: 'precedence.tiers',
    },
    {
      name: 'an update whose source is not a URL (the output schema wants one)',
      breakIt: (broken) => void (broken.updates = [{ fact: 'fact.same-model', guide: 'a', now: 'b', asOf: '2026-05', source: 'a blog', changes: [] }]),
      field: 'updates.0.source',
    },
    { name: 'a malformed asOf', breakIt: (broken) => void (broken.asOf = '2026-13'), field: 'asOf' },
    { name: 'an unknown top-level key', breakIt: (broken) => void Object.assign(broken, { extra: true }), field: 'extra' },
  ])('$name', ({ breakIt, field }) => {
    const broken = copy();
    breakIt(broken);
    const result = parseKnowledgePack(broken);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.map((issue) => issue.field)).toContain(field);
  });
});
