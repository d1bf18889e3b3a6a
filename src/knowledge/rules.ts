/** The guide's rules, one per bullet, each with its stable id, where it points and what it rests on. */
import type { Plan, Product, Regime, RuleId, Tier } from '../core/ids.js';
import type { FactId } from './facts.js';

/**
 * A condition under which a rule stops forcing its product; every field given must hold.
 * A lifted rule still decides when the product it points to wins anyway, and its reason is
 * still listed (it is why the answer comes with caveats).
 */
export interface Lift {
  /** `policy.coworkGateway` is true. */
  readonly coworkGateway?: true;
  /** `policy.plan` is one of these. */
  readonly plans?: readonly Plan[];
  /** ... and none of these regimes applies (detected or declared). */
  readonly unlessRegimes?: readonly Regime[];
  /** The words name a clock schedule and no event trigger. */
  readonly trigger?: 'clock';
}

export interface RuleDefinition {
  readonly id: RuleId;
  /** The product the rule sends work to when its tier decides. */
  readonly pointsTo: Product;
  /** Where it stands in the pack's precedence. */
  readonly tier: Tier;
  /** When it stops forcing its product (any one suffices). */
  readonly liftedWhen?: readonly Lift[];
  /** Why the rule points where it does, in a sentence, for reasons drawn from the text. */
  readonly summary: string;
  /** The same, when the person said so through `context` rather than the text. */
  readonly fromContext: string;
  /** The reason when the organisation's own Cowork gateway lifted the rule and Cowork took the work. */
  readonly behindGateway?: string;
  readonly facts: readonly string[];
}

export const GUIDE_RULES = [
  {
    id: 'code.automation',
    pointsTo: 'code',
    tier: 'automation',
    summary: 'It has to run on its own (on a schedule or a trigger); Cowork needs a person to start each task, Claude Code runs headless.',
    fromContext: 'The context states it must run automatically with no person starting it; only Claude Code runs headless.',
    facts: ['fact.code-headless', 'fact.cowork-needs-human'],
  },
  {
    id: 'code.compliance',
    pointsTo: 'code',
    tier: 'compliance',
    liftedWhen: [{ coworkGateway: true }],
    summary: 'It is a regulated or audit-logged workload; Claude Code on Enterprise has audit logs and OpenTelemetry, Cowork activity is not audited.',
    behindGateway: 'It is a regulated or audit-logged workload; it can go to Cowork because your organisation runs Cowork behind its own proxy/gateway with logging.',
    fromContext: 'The context declares a regulated regime; Claude Code on Enterprise has audit logs and OpenTelemetry, Cowork activity is not audited.',
    facts: ['fact.code-enterprise-audit', 'fact.cowork-not-audited', 'fact.regulated-route'],
  },
  {
    id: 'code.code-or-infra',
    pointsTo: 'code',
    tier: 'code-work',
    summary: 'The work touches code or system infrastructure, which is what Claude Code is built for.',
    fromContext: 'The context states the work involves code or infrastructure, which is what Claude Code is built for.',
    facts: ['fact.code-surface', 'fact.code-needs-review'],
  },
  {
    id: 'code.unsandboxed-or-heavy',
    pointsTo: 'code',
    tier: 'code-work',
    summary: 'It needs unsandboxed file-system access or heavy, long-running or parallel work, which Claude Code has room for.',
    fromContext: 'It needs unsandboxed access or heavy work, which Claude Code has room for.',
    facts: ['fact.code-surface', 'fact.code-heavy'],
  },
  {
    id: 'cowork.knowledge-work',
    pointsTo: 'cowork',
    tier: 'knowledge-work',
    summary: 'It is knowledge work (documents, spreadsheets, decks, reports, files or admin), which is what Cowork is for.',
    fromContext: 'The context states the work involves no code or infrastructure, so it is knowledge work for Cowork.',
    facts: ['fact.cowork-surface'],
  },
  {
    id: 'cowork.office-and-connectors',
    pointsTo: 'cowork',
    tier: 'knowledge-work',
    summary: 'It uses Office apps or connected services, which Cowork works with directly.',
    fromContext: 'It uses Office apps or connected services, which Cowork works with directly.',
    facts: ['fact.cowork-integrations'],
  },
  {
    id: 'cowork.non-technical-operator',
    pointsTo: 'cowork',
    tier: 'knowledge-work',
    summary: 'The person running it wants a GUI to watch the steps and files appear, with no terminal.',
    fromContext: 'The context states the operator is non-technical; Cowork gives them a GUI with no terminal.',
    facts: ['fact.cowork-gui'],
  },
  {
    id: 'cowork.sandboxed',
    pointsTo: 'cowork',
    tier: 'knowledge-work',
    summary: 'A managed sandbox with a limited blast radius is wanted, which is how Cowork runs.',
    fromContext: 'The context states a managed sandbox is preferred, which is how Cowork runs.',
    facts: ['fact.cowork-surface'],
  },
] as const satisfies readonly (RuleDefinition & { facts: readonly FactId[] })[];
