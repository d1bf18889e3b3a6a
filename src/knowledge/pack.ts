/**
 * A knowledge pack: one edition of what the engine knows. The engine reads rules (with their
 * precedence and the product they point to), caveats, questions and facts only through a
 * pack, so a newer edition changes facts and routing without code changes.
 */
import type { Product, Tier } from '../core/ids.js';
import type { Update } from '../core/types.js';
import type { CaveatDefinition } from './caveats.js';
import { GUIDE_CAVEATS } from './caveats.js';
import type { Fact } from './facts.js';
import { GUIDE_FACTS } from './facts.js';
import type { QuestionDefinition } from './questions.js';
import { GUIDE_QUESTIONS } from './questions.js';
import type { RuleDefinition } from './rules.js';
import { GUIDE_RULES } from './rules.js';
import { TIERS } from '../core/ids.js';

/** The decision test: which tier decides first, and where work goes when no rule fires. */
export interface Precedence {
  /** Strongest first: the first tier with a fired rule decides. Every rule's tier is listed. */
  readonly tiers: readonly Tier[];
  /** Where work goes when no rule fires (the guide: "No -> Cowork"). */
  readonly otherwise: Product;
}

/**
 * A fact that differs between the guide and a newer edition, as a decision lists it, plus the
 * ids of the guide's facts it changes: a decision resting on one of those (or on the new fact
 * itself) lists the update.
 */
export interface FactUpdate extends Update {
  readonly changes: readonly string[];
}

export interface KnowledgePack {
  readonly edition: string;
  readonly version: string;
  /** YYYY-MM: the newest fact the edition holds. */
  readonly asOf: string;
  readonly precedence: Precedence;
  readonly facts: readonly Fact[];
  readonly rules: readonly RuleDefinition[];
  readonly caveats: readonly CaveatDefinition[];
  readonly questions: readonly QuestionDefinition[];
  /** Facts on which this edition and the guide differ; a decision lists those it rests on. */
  readonly updates: readonly FactUpdate[];
}

/** The guide's decision test, in the contract's order. */
export const GUIDE_PRECEDENCE: Precedence = { tiers: TIERS, otherwise: 'cowork' };

/** The guide's own edition without updates: its facts as written. Editions build on it. */
export const GUIDE_BASE: Omit<KnowledgePack, 'updates'> = {
  edition: 'guide',
  version: '1',
  asOf: '2026-01',
  precedence: GUIDE_PRECEDENCE,
  facts: GUIDE_FACTS,
  rules: GUIDE_RULES,
  caveats: GUIDE_CAVEATS,
  questions: GUIDE_QUESTIONS,
};
