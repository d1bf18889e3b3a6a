/**
 * A knowledge pack: one edition of what the engine knows. The engine reads rules, caveats,
 * questions and facts only through a pack, so a newer edition changes facts without code changes.
 */
import type { Update } from '../core/types.js';
import type { CaveatDefinition } from './caveats.js';
import { GUIDE_CAVEATS } from './caveats.js';
import type { Fact } from './facts.js';
import { GUIDE_FACTS } from './facts.js';
import type { QuestionDefinition } from './questions.js';
import { GUIDE_QUESTIONS } from './questions.js';
import type { RuleDefinition } from './rules.js';
import { GUIDE_RULES } from './rules.js';

export interface KnowledgePack {
  readonly edition: string;
  readonly version: string;
  /** YYYY-MM: the newest fact the edition holds. */
  readonly asOf: string;
  readonly facts: readonly Fact[];
  readonly rules: readonly RuleDefinition[];
  readonly caveats: readonly CaveatDefinition[];
  readonly questions: readonly QuestionDefinition[];
  /** Facts this edition changes relative to the guide; a decision lists those it rests on. */
  readonly updates: readonly Update[];
}

/** The guide's own edition: its facts as written, and no updates. */
export const GUIDE_KNOWLEDGE: KnowledgePack = {
  edition: 'guide',
  version: '1',
  asOf: '2026-01',
  facts: GUIDE_FACTS,
  rules: GUIDE_RULES,
  caveats: GUIDE_CAVEATS,
  questions: GUIDE_QUESTIONS,
  updates: [],
};
