/**
 * The decision step on made-up signals: precedence, lifts and fallbacks as the pack states
 * them, whatever the vocabulary says. A change of vocabulary cannot break these; the
 * end-to-end specs (precedence.test.ts) keep the words honest.
 */
import { describe, expect, it } from 'vitest';
import type { DecisionInput } from '../../src/core/types.js';
import { decideSignals } from '../../src/decide/decide.js';
import { compileModel } from '../../src/decide/model.js';
import { DEFAULT_THRESHOLDS } from '../../src/decide/thresholds.js';
import type { Signal, SignalKind } from '../../src/extract/signal.js';
import { knowledgeEdition } from '../../src/knowledge/editions/index.js';
import type { KnowledgePack } from '../../src/knowledge/pack.js';
import type { Tier } from '../../src/core/ids.js';

/** A task text with one made-up word per signal; each signal's evidence is its own word. */
function made(kinds: readonly (SignalKind | readonly [SignalKind, Partial<Signal>])[]): { text: string; signals: Signal[] } {
  const words: string[] = [];
  const signals: Signal[] = [];
  let at = 0;
  for (const entry of kinds) {
    const [kind, extra] = typeof entry === 'string' ? [entry, {}] : entry;
    const word = `w${words.length}`;
    signals.push({ kind, weight: 2, evidence: { text: word, start: at, end: at + word.length }, source: 'test', ...extra });
    words.push(word);
    at += word.length + 1;
  }
  return { text: words.join(' '), signals };
}

function decideWith(pack: KnowledgePack, kinds: Parameters<typeof made>[0], rest: Omit<DecisionInput, 'text'> = {}) {
  const { text, signals } = made(kinds);
  const outcome = decideSignals({ text, ...rest }, { signals, pieces: () => [{ text, start: 0, end: text.length, joint: 'start' as const }], everydaySenses: [] }, compileModel(pack, DEFAULT_THRESHOLDS));
  return { surface: outcome.surface, rules: outcome.findings.map((finding) => finding.rule), caveats: outcome.caveats, questions: outcome.questions };
}

const guide = knowledgeEdition('guide');
const newer = knowledgeEdition('2026-11');
const withTiers = (tiers: readonly Tier[]): KnowledgePack => ({ ...guide, precedence: { ...guide.precedence, tiers } });

describe('the guide precedence, on made-up signals', () => {
  it.each([
    { kinds: ['automation', 'knowledge'], surface: 'code', first: 'code.automation' },
    { kinds: ['regime', 'knowledge'], surface: 'code', first: 'code.compliance' },
    { kinds: ['code', 'knowledge'], surface: 'code', first: 'code.code-or-infra' },
    { kinds: ['heavy', 'office'], surface: 'code', first: 'code.unsandboxed-or-heavy' },
    { kinds: ['knowledge', 'office'], surface: 'cowork', first: 'cowork.knowledge-work' },
    { kinds: ['sandbox'], surface: 'cowork', first: 'cowork.sandboxed' },
  ] as const)('$kinds -> $surface, led by $first', ({ kinds, surface, first }) => {
    const decision = decideWith(guide, kinds);
    expect(decision.surface).toBe(surface);
    expect(decision.rules).toContain(first);
  });

  it('falls back to the pack\'s product when nothing fires, and asks about code', () => {
    expect(decideWith(guide, [])).toMatchObject({ surface: 'cowork', rules: [], questions: ['question.code-or-infra'] });
  });
});

describe('a pack with another precedence decides by it', () => {
  it.each([
    { tiers: ['knowledge-work', 'automation', 'compliance', 'code-work'], kinds: ['automation', 'knowledge'], guideSays: 'code', nowSays: 'cowork' },
    { tiers: ['automation', 'compliance', 'knowledge-work', 'code-work'], kinds: ['code', 'office'], guideSays: 'code', nowSays: 'cowork' },
    { tiers: ['code-work', 'knowledge-work', 'automation', 'compliance'], kinds: ['regime', 'office'], guideSays: 'code', nowSays: 'cowork' },
  ] as const)('tiers $tiers: $kinds goes to $nowSays (the guide: $guideSays)', ({ tiers, kinds, guideSays, nowSays }) => {
    expect(decideWith(guide, kinds).surface).toBe(guideSays);
    expect(decideWith(withTiers(tiers), kinds).surface).toBe(nowSays);
  });
});

describe('lifted rules', () => {
  it('a gateway lifts compliance from knowledge work, which goes to Cowork with the compliance reason', () => {
    const decision = decideWith(guide, [['regime', { regime: 'sox' }], 'knowledge'], { policy: { coworkGateway: true } });
    expect(decision.surface).toBe('cowork');
    expect(decision.rules).toEqual(expect.arrayContaining(['cowork.knowledge-work', 'code.compliance']));
    expect(decision.caveats).toContain('caveat.regulated-workload');
  });

  it('a lifted rule still decides when its product wins anyway', () => {
    const decision = decideWith(guide, [['regime', { regime: 'sox' }], 'code'], { policy: { coworkGateway: true } });
    expect(decision.surface).toBe('code');
    expect(decision.rules[0]).toBe('code.compliance');
  });

  it.each([
    { name: 'a clock schedule', trigger: 'clock', guideSays: 'code', nowSays: 'cowork' },
    { name: 'an event trigger', trigger: 'event', guideSays: 'code', nowSays: 'code' },
  ] as const)('2026-11: $name on knowledge work goes to $nowSays (the guide: $guideSays)', ({ trigger, guideSays, nowSays }) => {
    const kinds = [['automation', { trigger }], 'knowledge'] as const;
    expect(decideWith(guide, kinds).surface).toBe(guideSays);
    const decision = decideWith(newer, kinds);
    expect(decision.surface).toBe(nowSays);
    expect(decision.caveats).toContain('caveat.cowork-needs-human');
  });

  it('2026-11: a clock schedule next to an event trigger stays with Code', () => {
    expect(decideWith(newer, [['automation', { trigger: 'clock' }], ['automation', { trigger: 'event' }], 'knowledge']).surface).toBe('code');
  });

  it.each([
    { regime: 'sox', plan: 'enterprise', surface: 'cowork' },
    { regime: 'pci', plan: 'enterprise', surface: 'cowork' },
    { regime: 'hipaa', plan: 'enterprise', surface: 'code' },
    { regime: 'sox', plan: 'team', surface: 'code' },
    { regime: 'sox', plan: 'pro', surface: 'code' },
  ] as const)('2026-11: $regime knowledge work on $plan goes to $surface', ({ regime, plan, surface }) => {
    const decision = decideWith(newer, [['regime', { regime }], 'knowledge'], { policy: { plan } });
    expect(decision.surface).toBe(surface);
    expect(decision.caveats).toEqual(expect.arrayContaining(['caveat.regulated-workload', 'caveat.cowork-not-audited']));
    expect(decideWith(guide, [['regime', { regime }], 'knowledge'], { policy: { plan } }).surface).toBe('code');
  });
});
