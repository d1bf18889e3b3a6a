/** The stable identifiers of the decision contract (spec/decision-contract.md). */

export const SURFACES = ['code', 'cowork', 'both'] as const;
export type Surface = (typeof SURFACES)[number];
/** The two products: the surface of one piece of work, and where a rule points. */
export const PRODUCTS = ['code', 'cowork'] as const satisfies readonly Surface[];
export type Product = (typeof PRODUCTS)[number];

export const RULE_IDS = [
  'code.automation',
  'code.compliance',
  'code.code-or-infra',
  'code.unsandboxed-or-heavy',
  'cowork.knowledge-work',
  'cowork.office-and-connectors',
  'cowork.non-technical-operator',
  'cowork.sandboxed',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const CAVEAT_IDS = [
  'caveat.engineering-review',
  'caveat.regulated-workload',
  'caveat.cowork-not-audited',
  'caveat.cowork-needs-human',
  'caveat.same-model',
  'caveat.confirm-plans',
] as const;
export type CaveatId = (typeof CAVEAT_IDS)[number];

export const QUESTION_IDS = [
  'question.code-or-infra',
  'question.schedule',
  'question.compliance',
  'question.operator',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const REGIMES = ['hipaa', 'pci', 'sox', 'soc2'] as const;
export type Regime = (typeof REGIMES)[number];

export const OPERATORS = ['technical', 'non-technical'] as const;
export type Operator = (typeof OPERATORS)[number];

export const PLANS = ['pro', 'max', 'team', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

/** Editions of the knowledge the engine decides with (contract: `policy.knowledge`). */
export const EDITIONS = ['guide', '2026-11'] as const;
export type Edition = (typeof EDITIONS)[number];

/**
 * Precedence tiers, as the guide's decision test names them. A pack orders them; a rule
 * belongs to one. The guide's order is this list's.
 */
export const TIERS = ['automation', 'compliance', 'code-work', 'knowledge-work'] as const;
export type Tier = (typeof TIERS)[number];

/** How a fact is known: `high` from the vendor's own documentation, `reported` from third parties only. */
export const CERTAINTIES = ['high', 'reported'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** What starts automated work: a clock schedule, or an event (a commit, a file, an e-mail, a webhook, a script). */
export const TRIGGERS = ['clock', 'event'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Stable codes of input problems (contract v1.1): programs branch on these, people read the message. */
export const ISSUE_CODES = [
  'input.not-object',
  'input.not-json',
  'text.missing',
  'text.empty',
  'text.too-long',
  'key.unknown',
  'value.wrong-type',
  'value.not-allowed',
  'line.too-long',
  'line.too-deep',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
