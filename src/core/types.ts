/** Domain types shared by every layer. Imports nothing but the id lists. */
import type { CaveatId, Edition, IssueCode, Operator, Plan, Product, QuestionId, Regime, RuleId, Surface } from './ids.js';

/** A span of the input text: `text.slice(start, end) === evidence.text` always holds. */
export interface Evidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Explicit answers that beat whatever the text implies. */
export interface Context {
  readonly involvesCode?: boolean;
  readonly scheduled?: boolean;
  readonly compliance?: readonly Regime[];
  readonly operator?: Operator;
  readonly sandboxPreferred?: boolean;
}

/** The organisation's standing settings. */
export interface Policy {
  readonly plan?: Plan;
  readonly coworkGateway?: boolean;
  /** The edition of the knowledge to decide with; the engine's own when absent. */
  readonly knowledge?: Edition;
}

export interface DecisionInput {
  readonly text: string;
  readonly context?: Context;
  readonly policy?: Policy;
}

export interface Reason {
  readonly rule: RuleId;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

export interface Caveat {
  readonly id: CaveatId;
  readonly text: string;
}

export interface Question {
  readonly id: QuestionId;
  readonly text: string;
}

export interface Part {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly surface: Product;
  readonly reasons: readonly Reason[];
}

/** A newer fact that changes what the guide says. */
export interface Update {
  readonly fact: string;
  readonly guide: string;
  readonly now: string;
  readonly asOf: string;
  readonly source: string;
}

export interface KnowledgeStamp {
  readonly edition: string;
  readonly version: string;
  readonly asOf: string;
}

/** The decision object of the contract: the same from the library, CLI, HTTP API and MCP. */
export interface Decision {
  readonly surface: Surface;
  readonly confidence: number;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  readonly questions: readonly Question[];
  readonly parts: readonly Part[];
  readonly updates: readonly Update[];
  readonly knowledge: KnowledgeStamp;
}

/** A field-level problem with an input, as data. */
export interface InputIssue {
  /** Dotted path of the offending field, e.g. `context.operator`; `input` for the whole object. */
  readonly field: string;
  /** Stable: programs branch on it. */
  readonly code: IssueCode;
  /** For people; the wording may change. */
  readonly message: string;
}

/** A problem with a knowledge pack (a developer's file, not a user's input): where, and what. */
export interface PackIssue {
  readonly field: string;
  readonly message: string;
}

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
