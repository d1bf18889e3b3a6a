/** What the decision finds, as data: codes, weights and spans. Words come later, in render/. */
import type { CaveatId, Plan, Product, QuestionId, Regime, RuleId, Surface } from '../core/ids.js';
import type { Evidence } from '../core/types.js';

export interface Finding {
  readonly rule: RuleId;
  /** Combined weight of the words behind it; context answers weigh as a certainty. */
  readonly strength: number;
  readonly evidence: readonly Evidence[];
  /** True when the person said so through `context`: the reason then has no evidence. */
  readonly fromContext: boolean;
}

export interface PieceOutcome {
  readonly span: Evidence;
  readonly surface: Product;
  readonly findings: readonly Finding[];
}

export interface Outcome {
  readonly surface: Surface;
  readonly confidence: number;
  /** Fired rules, strongest first. */
  readonly findings: readonly Finding[];
  readonly caveats: readonly CaveatId[];
  readonly questions: readonly QuestionId[];
  readonly parts: readonly PieceOutcome[];
  /** Regimes detected or declared, for the regulated-workload caveat. */
  readonly regimes: readonly Regime[];
  /** The organisation's plan when it lacks what a regulated workload needs (audit logs come with Enterprise). */
  readonly planGap?: Plan;
  /** The organisation declared its own Cowork gateway (`policy.coworkGateway`), for the wording of a regulated task Cowork takes. */
  readonly coworkGateway?: true;
}
