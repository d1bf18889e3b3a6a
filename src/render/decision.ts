/**
 * Outcome (codes and spans) to the contract's decision object, with the knowledge pack's words.
 * The only place the engine's findings become sentences.
 */
import type { Plan, Regime } from '../core/ids.js';
import type { Caveat, Decision, Question, Reason, Update } from '../core/types.js';
import type { Finding, Outcome } from '../decide/outcome.js';
import type { KnowledgePack } from '../knowledge/pack.js';

const REGIME_NAMES = { hipaa: 'HIPAA', pci: 'PCI DSS', sox: 'SOX', soc2: 'SOC 2' } as const satisfies Record<Regime, string>;
const PLAN_NAMES = { pro: 'Pro', max: 'Max', team: 'Team', enterprise: 'Enterprise' } as const satisfies Record<Plan, string>;

/**
 * Evidence shown per reason, strongest first: enough to see which words decided, without
 * repeating every weak office word of a long task.
 */
export const MAX_EVIDENCE = 8;

function reasonOf(finding: Finding, pack: KnowledgePack): Reason {
  const rule = pack.rules.find((candidate) => candidate.id === finding.rule);
  const summary = rule ? (finding.fromContext ? rule.fromContext : rule.summary) : finding.rule;
  const evidence = finding.evidence.length > MAX_EVIDENCE ? finding.evidence.slice(0, MAX_EVIDENCE) : finding.evidence;
  return { rule: finding.rule, summary, evidence };
}

function caveatsOf(outcome: Outcome, pack: KnowledgePack): Caveat[] {
  return outcome.caveats.map((id) => {
    const base = pack.caveats.find((candidate) => candidate.id === id)?.text ?? id;
    if (id === 'caveat.regulated-workload') {
      const named = outcome.regimes.map((regime) => REGIME_NAMES[regime]).join(', ');
      const plan = outcome.planGap ? ` Your plan is ${PLAN_NAMES[outcome.planGap]}; audit logs and OpenTelemetry export come with Enterprise.` : '';
      return { id, text: `${base}${named ? ` Applies here: ${named}.` : ''}${plan}` };
    }
    return { id, text: base };
  });
}

function questionsOf(outcome: Outcome, pack: KnowledgePack): Question[] {
  return outcome.questions.map((id) => ({ id, text: pack.questions.find((candidate) => candidate.id === id)?.text ?? id }));
}

/** The pack's updates to facts this decision rests on. */
function updatesOf(outcome: Outcome, pack: KnowledgePack): Update[] {
  if (pack.updates.length === 0) return [];
  const ruleIds = new Set<string>([...outcome.findings, ...outcome.parts.flatMap((part) => part.findings)].map((finding) => finding.rule));
  const facts = new Set<string>([
    ...pack.rules.filter((rule) => ruleIds.has(rule.id)).flatMap((rule) => rule.facts),
    ...pack.caveats.filter((caveat) => outcome.caveats.includes(caveat.id)).flatMap((caveat) => caveat.facts),
  ]);
  return pack.updates.filter((update) => facts.has(update.fact));
}

export function renderDecision(outcome: Outcome, pack: KnowledgePack): Decision {
  return {
    surface: outcome.surface,
    confidence: outcome.confidence,
    reasons: outcome.findings.map((finding) => reasonOf(finding, pack)),
    caveats: caveatsOf(outcome, pack),
    questions: questionsOf(outcome, pack),
    parts: outcome.parts.map((part) => ({
      text: part.span.text,
      start: part.span.start,
      end: part.span.end,
      surface: part.surface,
      reasons: part.findings.map((finding) => reasonOf(finding, pack)),
    })),
    updates: updatesOf(outcome, pack),
    knowledge: { edition: pack.edition, version: pack.version, asOf: pack.asOf },
  };
}
