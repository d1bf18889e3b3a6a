/** Shared types of the evaluation harness. Imports nothing at run time. */

/** The labels of a single-label routing corpus. */
export const LABELS = ['code', 'cowork'] as const;
export type Label = (typeof LABELS)[number];

/** What a router may answer: one product, or `both` (a miss on a single-label corpus). */
export const PREDICTIONS = ['code', 'cowork', 'both'] as const;
export type Prediction = (typeof PREDICTIONS)[number];

/** One labelled task of a corpus, with the line it came from. */
export interface CorpusItem {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly label: Label;
  readonly line: number;
}

export interface Corpus {
  readonly file: string;
  readonly items: readonly CorpusItem[];
}

/** The part of a decision the harness reads; the engine's `Decision` fits it as it is. */
export interface Routed {
  readonly surface: Prediction;
  /** Absent for routers that give no confidence (the keyword baseline). */
  readonly confidence?: number;
  readonly reasons: readonly {
    readonly rule: string;
    readonly evidence: readonly { readonly text: string }[];
  }[];
  readonly questions: readonly { readonly id: string }[];
}

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A router under evaluation: task text in, decision (or a one-line refusal) out. */
export type Router = (text: string) => Result<Routed, string>;
