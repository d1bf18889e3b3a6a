/**
 * An engine is an object that owns its knowledge, vocabulary and thresholds: engines built
 * differently answer differently side by side, and nothing one does reaches another.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, decide, DEFAULT_THRESHOLDS, knowledgeEdition, KnowledgePackError } from '../src/index.js';
import type { KnowledgePack } from '../src/index.js';

const SCHEDULED_DIGEST = 'Every Monday at 9am, pull last week\'s deals from HubSpot and post a summary in #sales.';
const SCRIPT_REPORT = 'Write a Python script that builds the monthly Excel sales report from the orders database.';

/** The guide's pack with knowledge work ranked above code work. */
function knowledgeFirst(): KnowledgePack {
  const guide = knowledgeEdition('guide');
  return { ...guide, edition: 'test-knowledge-first', precedence: { ...guide.precedence, tiers: ['automation', 'compliance', 'knowledge-work', 'code-work'] } };
}

describe('two engines in one process', () => {
  it('answer by their own pack, side by side', () => {
    const guide = createEngine();
    const newer = createEngine({ knowledge: '2026-11' });
    expect(guide.decide({ text: SCHEDULED_DIGEST }).surface).toBe('code');
    expect(newer.decide({ text: SCHEDULED_DIGEST }).surface).toBe('cowork');
    // Interleaved calls do not leak into each other.
    expect(guide.decide({ text: SCHEDULED_DIGEST }).surface).toBe('code');
    expect(guide.decide({ text: SCHEDULED_DIGEST }).knowledge.edition).toBe('guide');
    expect(newer.decide({ text: SCHEDULED_DIGEST }).knowledge.edition).toBe('2026-11');
  });

  it('answer by their own vocabulary: words one engine learns are unknown to the other', () => {
    const text = 'Restart Zephyr on the blue cluster.';
    // On the rules alone, so that only the vocabulary differs (the learned signal reads "restart ... cluster" as code either way).
    const plain = createEngine({ learned: null });
    const organisation = createEngine({ vocabulary: { 'code.code-or-infra': ['Zephyr'] }, learned: null });
    expect(organisation.decide({ text }).surface).toBe('code');
    expect(plain.decide({ text }).reasons.map((reason) => reason.rule)).not.toContain('code.code-or-infra');
    expect(decide({ text }, { learned: null }).reasons.map((reason) => reason.rule)).not.toContain('code.code-or-infra');
  });

  it('answer by their own thresholds', () => {
    const text = 'Turn these meeting notes into a slide deck.';
    // On the rules alone: a learned knowledge-work reason would stand in for the one the threshold holds back.
    const strict = createEngine({ thresholds: { knowledgeWork: 100 }, learned: null });
    expect(createEngine({ learned: null }).decide({ text }).reasons.map((reason) => reason.rule)).toContain('cowork.knowledge-work');
    expect(strict.decide({ text }).reasons.map((reason) => reason.rule)).not.toContain('cowork.knowledge-work');
    expect(strict.thresholds.knowledgeWork).toBe(100);
    expect(DEFAULT_THRESHOLDS.knowledgeWork).toBe(0.8);
  });

  it('keep their own copy of the pack: changing the pack given, or the one held, changes nothing', () => {
    const pack = structuredClone(knowledgeFirst()) as { -readonly [K in keyof KnowledgePack]: KnowledgePack[K] };
    const engine = createEngine({ knowledge: pack });
    expect(engine.decide({ text: SCRIPT_REPORT }).surface).toBe('cowork');
    pack.precedence = knowledgeEdition('guide').precedence;
    expect(engine.decide({ text: SCRIPT_REPORT }).surface).toBe('cowork');
    expect(() => {
      (engine.knowledge.precedence.tiers as string[]).reverse();
    }).toThrow(TypeError);
    expect(Object.isFrozen(engine)).toBe(true);
    expect(Object.isFrozen(engine.thresholds)).toBe(true);
  });

  it('shares no pack object with the shipped editions or with another engine', () => {
    const first = createEngine({ knowledge: '2026-11' });
    const second = createEngine({ knowledge: '2026-11' });
    expect(first.knowledge).toEqual(second.knowledge);
    expect(first.knowledge).not.toBe(second.knowledge);
    expect(first.knowledge).not.toBe(knowledgeEdition('2026-11'));
  });
});

describe('precedence read from the pack', () => {
  it('follows a changed tier order', () => {
    expect(createEngine().decide({ text: SCRIPT_REPORT }).surface).toBe('code');
    const decision = createEngine({ knowledge: knowledgeFirst() }).decide({ text: SCRIPT_REPORT });
    expect(decision.surface).toBe('cowork');
    expect(decision.knowledge.edition).toBe('test-knowledge-first');
  });

  it('follows a rule pointed at the other product', () => {
    const guide = knowledgeEdition('guide');
    const rules = guide.rules.map((rule) => (rule.id === 'cowork.office-and-connectors' ? { ...rule, pointsTo: 'code' as const, tier: 'code-work' as const } : rule));
    const engine = createEngine({ knowledge: { ...guide, edition: 'test-office-to-code', rules } });
    const text = 'Put the survey results in an Excel chart.';
    expect(createEngine().decide({ text }).surface).toBe('cowork');
    expect(engine.decide({ text }).surface).toBe('code');
  });

  it('follows the fallback product when nothing fires', () => {
    const guide = knowledgeEdition('guide');
    const engine = createEngine({ knowledge: { ...guide, edition: 'test-fallback', precedence: { ...guide.precedence, otherwise: 'code' } } });
    expect(engine.decide({ text: 'Can you take care of this for me?' }).surface).toBe('code');
  });
});

describe('policy.knowledge picks the edition per input', () => {
  it.each([
    { engine: 'guide', asked: '2026-11', surface: 'cowork' },
    { engine: '2026-11', asked: 'guide', surface: 'code' },
    { engine: 'guide', asked: undefined, surface: 'code' },
    { engine: '2026-11', asked: undefined, surface: 'cowork' },
  ] as const)('an engine of $engine asked for $asked decides with it', ({ engine, asked, surface }) => {
    const decision = createEngine({ knowledge: engine }).decide({ text: SCHEDULED_DIGEST, ...(asked ? { policy: { knowledge: asked } } : {}) });
    expect(decision.surface).toBe(surface);
    expect(decision.knowledge.edition).toBe(asked ?? engine);
  });

  it('keeps the engine\'s vocabulary and thresholds in the other edition', () => {
    const engine = createEngine({ vocabulary: { 'code.code-or-infra': ['Zephyr'] } });
    expect(engine.forEdition('2026-11').decide({ text: 'Restart Zephyr.' }).surface).toBe('code');
    expect(engine.decide({ text: 'Restart Zephyr.', policy: { knowledge: '2026-11' } }).surface).toBe('code');
    expect(engine.forEdition('guide')).toBe(engine);
    expect(engine.forEdition('2026-11')).toBe(engine.forEdition('2026-11'));
  });
});

describe('createEngine refuses what a program got wrong', () => {
  it.each([
    { name: 'an unknown rule id in the vocabulary', options: { vocabulary: { 'code.magic': ['x'] } }, message: /unknown rule id code\.magic/ },
    { name: 'phrase syntax in an organisation word', options: { vocabulary: { 'code.code-or-infra': ['a|b'] } }, message: /plain words/ },
    { name: 'an unknown threshold', options: { thresholds: { speed: 1 } }, message: /unknown threshold speed/ },
    { name: 'a threshold that is not a number', options: { thresholds: { heavy: Number.NaN } }, message: /finite number/ },
    { name: 'an unknown edition', options: { knowledge: '2030-01' }, message: /unknown knowledge edition/ },
  ])('$name', ({ options, message }) => {
    expect(() => createEngine(options as never)).toThrow(message);
  });

  it('a pack that breaks the pack schema, with its issues', () => {
    const guide = knowledgeEdition('guide');
    expect(() => createEngine({ knowledge: { ...guide, rules: guide.rules.slice(1) } })).toThrow(KnowledgePackError);
  });
});
