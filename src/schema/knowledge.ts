/** The schema of a knowledge pack, for editions that arrive as data (files, other programs). */
import * as v from 'valibot';
import { CAVEAT_IDS, CERTAINTIES, PLANS, PRODUCTS, QUESTION_IDS, REGIMES, RULE_IDS, TIERS } from '../core/ids.js';
import type { PackIssue, Result } from '../core/types.js';
import type { KnowledgePack } from '../knowledge/pack.js';
import { KnowledgeStampEntries, UpdateEntries, YearMonthSchema } from './output.js';

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

const FactSchema = v.strictObject({ id: Text, statement: Text, asOf: YearMonthSchema, source: Text, certainty: v.optional(v.picklist(CERTAINTIES)) });

const LiftSchema = v.strictObject({
  coworkGateway: v.optional(v.literal(true)),
  plans: v.optional(v.array(v.picklist(PLANS))),
  unlessRegimes: v.optional(v.array(v.picklist(REGIMES))),
  trigger: v.optional(v.literal('clock')),
});

export const KnowledgePackSchema = v.strictObject({
  ...KnowledgeStampEntries,
  precedence: v.strictObject({ tiers: v.array(v.picklist(TIERS)), otherwise: v.picklist(PRODUCTS) }),
  facts: v.array(FactSchema),
  rules: v.array(
    v.strictObject({
      id: v.picklist(RULE_IDS),
      pointsTo: v.picklist(PRODUCTS),
      tier: v.picklist(TIERS),
      liftedWhen: v.optional(v.array(LiftSchema)),
      summary: Text,
      fromContext: Text,
      behindGateway: v.optional(Text),
      facts: v.array(Text),
    }),
  ),
  caveats: v.array(v.strictObject({ id: v.picklist(CAVEAT_IDS), text: Text, onOtherPlans: v.optional(Text), behindGateway: v.optional(Text), facts: v.array(Text) })),
  questions: v.array(v.strictObject({ id: v.picklist(QUESTION_IDS), text: Text })),
  // The output's own update fields: an update that parses here renders as a valid decision.
  updates: v.pipe(v.array(v.strictObject({ ...UpdateEntries, changes: v.array(Text) })), v.maxLength(30, 'holds at most 30 updates')),
});

/**
 * Checks a pack's shape and its integrity: every id of the contract defined exactly once,
 * every rule's tier in the precedence (once each), every fact a rule or caveat cites present
 * in the pack, and every update tied to a fact of the pack or a guide fact it changes.
 * @example parseKnowledgePack(knowledgeEdition('2026-11')).ok // true
 */
export function parseKnowledgePack(raw: unknown): Result<KnowledgePack, readonly PackIssue[]> {
  const parsed = v.safeParse(KnowledgePackSchema, raw);
  if (!parsed.success) {
    return { ok: false, error: parsed.issues.map((issue) => ({ field: v.getDotPath(issue) ?? 'pack', message: issue.message })) };
  }
  const pack = parsed.output as KnowledgePack;
  const issues: PackIssue[] = [];
  const factIds = new Set(pack.facts.map((fact) => fact.id));
  const expectOnce = (field: string, ids: readonly string[], seen: readonly string[]): void => {
    for (const id of ids) {
      const count = seen.filter((other) => other === id).length;
      if (count !== 1) issues.push({ field, message: `${id} is defined ${count} times; expected once` });
    }
  };
  expectOnce('rules', RULE_IDS, pack.rules.map((rule) => rule.id));
  expectOnce('caveats', CAVEAT_IDS, pack.caveats.map((caveat) => caveat.id));
  expectOnce('questions', QUESTION_IDS, pack.questions.map((question) => question.id));
  const tiers = pack.precedence.tiers;
  tiers.forEach((tier, index) => {
    if (tiers.indexOf(tier) !== index) issues.push({ field: 'precedence.tiers', message: `${tier} is listed twice` });
  });
  for (const rule of pack.rules) {
    if (!tiers.includes(rule.tier)) issues.push({ field: rule.id, message: `is in tier ${rule.tier}, which the precedence does not list` });
  }
  const cited = [...pack.rules, ...pack.caveats].flatMap((entry) => entry.facts.map((fact) => ({ owner: entry.id, fact })));
  for (const { owner, fact } of cited) {
    if (!factIds.has(fact)) issues.push({ field: owner, message: `rests on unknown fact ${fact}` });
  }
  for (const update of pack.updates) {
    const tied = factIds.has(update.fact) || update.changes.some((fact) => factIds.has(fact));
    if (!tied) issues.push({ field: 'updates', message: `${update.fact} is neither a fact of the pack nor changes one` });
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: pack };
}
