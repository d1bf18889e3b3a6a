/**
 * The summary of a triage run, counted as rows stream past: counts per product, the most frequent
 * rules and caveats, how many need an answer, and the rows skipped. Memory is bounded: the counts are
 * keyed by a fixed set of ids, and only the first skipped rows are kept.
 */
import { SURFACES } from '../core/ids.js';
import type { Surface } from '../core/ids.js';
import type { TriageRow } from './row.js';

/** Skipped rows kept for the report; the count goes on past it. */
export const KEPT_SKIPS = 20;

/** A row that could not be routed: where, which field and what is wrong. */
export interface SkippedRow {
  readonly line: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface Count<T extends string = string> {
  readonly id: T;
  readonly count: number;
}

export interface TriageSummary {
  /** Rows routed. */
  readonly tasks: number;
  readonly products: Readonly<Record<Surface, number>>;
  /** Rows with at least one open question. */
  readonly needAnswer: number;
  /** Most frequent first; ties in id order. */
  readonly rules: readonly Count[];
  readonly caveats: readonly Count[];
  readonly questions: readonly Count[];
  readonly skipped: number;
  /** The first skipped rows, in input order. */
  readonly skippedRows: readonly SkippedRow[];
}

export interface Tally {
  add(row: TriageRow): void;
  skip(row: SkippedRow): void;
  summary(): TriageSummary;
}

/**
 * @example const tally = createTally(); tally.add(row); tally.summary().tasks // 1
 */
export function createTally(): Tally {
  const products = Object.fromEntries(SURFACES.map((surface) => [surface, 0])) as Record<Surface, number>;
  const rules = new Map<string, number>();
  const caveats = new Map<string, number>();
  const questions = new Map<string, number>();
  const skippedRows: SkippedRow[] = [];
  let tasks = 0;
  let needAnswer = 0;
  let skipped = 0;
  const bump = (counts: Map<string, number>, id: string): void => {
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  return {
    add(row) {
      tasks += 1;
      products[row.product] += 1;
      for (const rule of row.reasons) bump(rules, rule);
      for (const caveat of row.caveats) bump(caveats, caveat);
      if (row.question !== undefined) {
        needAnswer += 1;
        bump(questions, row.question.id);
      }
    },
    skip(row) {
      skipped += 1;
      if (skippedRows.length < KEPT_SKIPS) skippedRows.push(row);
    },
    summary: () => ({
      tasks,
      products: { ...products },
      needAnswer,
      rules: ranked(rules),
      caveats: ranked(caveats),
      questions: ranked(questions),
      skipped,
      skippedRows: [...skippedRows],
    }),
  };
}

function ranked(counts: ReadonlyMap<string, number>): Count[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** A share as a whole percentage of the routed rows, for reports. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}
