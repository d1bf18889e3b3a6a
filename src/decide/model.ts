/**
 * What the decision step reads from a knowledge pack, indexed once when an engine is built:
 * each rule's precedence rank, the product it points to and when it is lifted, the fallback
 * product, and the thresholds. Deciding then looks values up and never walks the pack.
 */
import type { Product, RuleId } from '../core/ids.js';
import type { KnowledgePack } from '../knowledge/pack.js';
import type { Lift } from '../knowledge/rules.js';
import type { Thresholds } from './thresholds.js';

export interface DecisionModel {
  readonly thresholds: Thresholds;
  /** Position of each rule's tier in the pack's precedence: 0 decides first. */
  readonly rank: Readonly<Record<RuleId, number>>;
  readonly pointsTo: Readonly<Record<RuleId, Product>>;
  /** Rules that may be lifted, with their conditions; most rules have none. */
  readonly lifts: readonly { readonly rule: RuleId; readonly when: readonly Lift[] }[];
  /** Where work goes when no rule fires. */
  readonly otherwise: Product;
}

/**
 * Indexes a pack for deciding. The pack is assumed valid (`parseKnowledgePack`): every rule's
 * tier is in its precedence.
 * @example compileModel(knowledgeEdition('guide'), DEFAULT_THRESHOLDS).rank['code.automation'] // 0
 */
export function compileModel(pack: KnowledgePack, thresholds: Thresholds): DecisionModel {
  const rank = {} as Record<RuleId, number>;
  const pointsTo = {} as Record<RuleId, Product>;
  for (const rule of pack.rules) {
    rank[rule.id] = pack.precedence.tiers.indexOf(rule.tier);
    pointsTo[rule.id] = rule.pointsTo;
  }
  const lifts = pack.rules.filter((rule) => (rule.liftedWhen ?? []).length > 0).map((rule) => ({ rule: rule.id, when: rule.liftedWhen ?? [] }));
  return { thresholds, rank, pointsTo, lifts, otherwise: pack.precedence.otherwise };
}
