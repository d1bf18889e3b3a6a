/**
 * Outcome (codes and spans) to the contract's decision object, with the knowledge pack's words.
 * The only place the engine's findings become sentences.
 */
import type { Plan, Regime } from '../core/ids.js';
import type { Caveat, Decision, Evidence, Question, Reason, Update } from '../core/types.js';
import type { Finding, Outcome } from '../decide/outcome.js';
import type { KnowledgePack } from '../knowledge/pack.js';
import { packedMap } from '../core/arrays.js';

const REGIME_NAMES = { hipaa: 'HIPAA', pci: 'PCI DSS', sox: 'SOX', soc2: 'SOC 2' } as const satisfies Record<Regime, string>;
const PLAN_NAMES = { pro: 'Pro', max: 'Max', team: 'Team', enterprise: 'Enterprise' } as const satisfies Record<Plan, string>;

/**
 * Evidence shown per reason, strongest first: enough to see which words decided, without
 * repeating every weak office word of a long task.
 */
export const MAX_EVIDENCE = 8;

function reasonOf(finding: Finding, pack: KnowledgePack, organisation: readonly Evidence[] | undefined, behindGateway = false): Reason {
  const rule = pack.rules.find((candidate) => candidate.id === finding.rule);
  // A rule the gateway lifted says why Cowork may take the work, not why it should not.
  const lifted = behindGateway && rule?.pointsTo === 'code' ? rule.behindGateway : undefined;
  const summary = rule ? (lifted ?? (finding.fromContext ? rule.fromContext : rule.summary)) : finding.rule;
  const evidence = finding.evidence.length > MAX_EVIDENCE ? finding.evidence.slice(0, MAX_EVIDENCE) : finding.evidence;
  const named = organisation ? organisationWordsIn(finding.evidence, organisation) : [];
  if (named.length === 0) return { rule: finding.rule, summary, evidence };
  const words = named.map((word) => `"${word}"`).join(', ');
  return { rule: finding.rule, summary: `${summary} (${words}: your organisation's ${named.length === 1 ? 'word' : 'words'} for this.)`, evidence };
}

/** The organisation words among a finding's evidence, each once, in text order. */
function organisationWordsIn(evidence: readonly Evidence[], organisation: readonly Evidence[]): string[] {
  const spans = organisation.filter((word) => evidence.some((span) => span.start === word.start && span.end === word.end));
  return [...new Set(spans.sort((a, b) => a.start - b.start).map((span) => span.text))];
}

function caveatsOf(outcome: Outcome, pack: KnowledgePack): Caveat[] {
  return packedMap(outcome.caveats, (id) => {
    const definition = pack.caveats.find((candidate) => candidate.id === id);
    const base = definition?.text ?? id;
    if (id === 'caveat.regulated-workload' && outcome.coworkGateway === true && outcome.surface === 'cowork' && definition?.behindGateway) {
      return { id, text: definition.behindGateway };
    }
    if (id === 'caveat.regulated-workload') {
      const named = outcome.regimes.map((regime) => REGIME_NAMES[regime]).join(', ');
      const gap = outcome.planGap && definition?.onOtherPlans ? ` Your plan is ${PLAN_NAMES[outcome.planGap]}; ${definition.onOtherPlans}` : '';
      return { id, text: `${base}${named ? ` Applies here: ${named}.` : ''}${gap}` };
    }
    return { id, text: base };
  });
}

function questionsOf(outcome: Outcome, pack: KnowledgePack): Question[] {
  return packedMap(outcome.questions, (id) => ({ id, text: pack.questions.find((candidate) => candidate.id === id)?.text ?? id }));
}

/**
 * The updates each rule and caveat rests on, as bit masks over the pack's updates: indexed
 * once, so a decision ORs a few numbers. The pack schema caps updates at 30, so masks fit in 32 bits.
 */
interface UpdateIndex {
  readonly byRule: ReadonlyMap<string, number>;
  readonly byCaveat: ReadonlyMap<string, number>;
  readonly updates: readonly Update[];
}

/** The pack schema's cap (`MAX_UPDATES`), checked again here since the masks depend on it. */
const MAX_MASKED_UPDATES = 30;

function indexUpdates(pack: KnowledgePack): UpdateIndex {
  if (pack.updates.length > MAX_MASKED_UPDATES) throw new RangeError(`a pack holds at most ${MAX_MASKED_UPDATES} updates`);
  const updates = pack.updates.map(({ fact, guide, now, asOf, source }) => ({ fact, guide, now, asOf, source }));
  // An update bears on an entry that rests on the new fact itself, or on a guide fact it changes.
  const mask = (facts: readonly string[]): number =>
    pack.updates.reduce((bits, update, index) => (facts.includes(update.fact) || update.changes.some((fact) => facts.includes(fact)) ? bits | (1 << index) : bits), 0);
  return {
    byRule: new Map(pack.rules.map((rule) => [rule.id, mask(rule.facts)])),
    byCaveat: new Map(pack.caveats.map((caveat) => [caveat.id, mask(caveat.facts)])),
    updates,
  };
}

/** The pack's updates to facts this decision rests on (through its rules and caveats), in the pack's order. */
function updatesOf(outcome: Outcome, index: UpdateIndex): Update[] {
  if (index.updates.length === 0) return [];
  let bits = 0;
  for (const finding of outcome.findings) bits |= index.byRule.get(finding.rule) ?? 0;
  for (const part of outcome.parts) for (const finding of part.findings) bits |= index.byRule.get(finding.rule) ?? 0;
  for (const caveat of outcome.caveats) bits |= index.byCaveat.get(caveat) ?? 0;
  const found: Update[] = [];
  for (let at = 0; bits !== 0; at += 1, bits >>>= 1) if (bits & 1) found.push(index.updates[at] as Update);
  return found;
}

/** Turns an outcome into the decision object; `organisation` holds the spans of the organisation's own words. */
export type Renderer = (outcome: Outcome, organisation?: readonly Evidence[]) => Decision;

/**
 * A renderer worded from `pack`, with its lookups built once (an engine builds one per edition).
 * @example createRenderer(knowledgeEdition('guide'))(outcome).knowledge // { edition: 'guide', version: '1', asOf: '2026-01' }
 */
export function createRenderer(pack: KnowledgePack): Renderer {
  const updates = indexUpdates(pack);
  const stamp = { edition: pack.edition, version: pack.version, asOf: pack.asOf };
  return (outcome, organisation) => ({
    surface: outcome.surface,
    confidence: outcome.confidence,
    reasons: packedMap(outcome.findings, (finding) => reasonOf(finding, pack, organisation, outcome.coworkGateway === true && outcome.surface === 'cowork')),
    caveats: caveatsOf(outcome, pack),
    questions: questionsOf(outcome, pack),
    parts: packedMap(outcome.parts, (part) => ({
      text: part.span.text,
      start: part.span.start,
      end: part.span.end,
      surface: part.surface,
      reasons: packedMap(part.findings, (finding) => reasonOf(finding, pack, organisation)),
    })),
    updates: updatesOf(outcome, updates),
    knowledge: { ...stamp },
  });
}

/**
 * The decision object of the contract, worded from `pack` (builds a renderer each call: keep one with `createRenderer`).
 * @example renderDecision(outcome, knowledgeEdition('guide')).knowledge // { edition: 'guide', version: '1', asOf: '2026-01' }
 */
export function renderDecision(outcome: Outcome, pack: KnowledgePack, organisation?: readonly Evidence[]): Decision {
  return createRenderer(pack)(outcome, organisation);
}
