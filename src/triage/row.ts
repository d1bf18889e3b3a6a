/**
 * One routed task of a backlog: where it came from (line, id), where it goes, and the few things a
 * reader scans a report for. Every output format writes these same fields.
 */
import type { CaveatId, QuestionId, RuleId, Surface } from '../core/ids.js';
import type { Decision } from '../core/types.js';

/** How many rules a row lists: the strongest few say why; the rest are in the full decision. */
const TOP_REASONS = 3;

export interface TriageRow {
  /** 1-based line of the input where the task starts. */
  readonly line: number;
  readonly id?: string;
  readonly text: string;
  readonly product: Surface;
  readonly confidence: number;
  /** The rules that fired, strongest first (at most three). */
  readonly reasons: readonly RuleId[];
  /** The strongest reason, in words. */
  readonly why: string;
  readonly caveats: readonly CaveatId[];
  /** The first question whose answer could change the decision. */
  readonly question?: { readonly id: QuestionId; readonly text: string };
}

/** Where a task came from in the input. */
export interface TaskSource {
  readonly line: number;
  readonly id?: string;
  readonly text: string;
}

/**
 * @example toRow(decide({ text: 'Fix the build' }), { line: 2, text: 'Fix the build' }).product // 'code'
 */
export function toRow(decision: Decision, source: TaskSource): TriageRow {
  const [question] = decision.questions;
  return {
    line: source.line,
    ...(source.id !== undefined && { id: source.id }),
    text: source.text,
    product: decision.surface,
    confidence: decision.confidence,
    reasons: decision.reasons.slice(0, TOP_REASONS).map((reason) => reason.rule),
    why: decision.reasons[0]?.summary ?? '',
    caveats: decision.caveats.map((caveat) => caveat.id),
    ...(question !== undefined && { question: { id: question.id, text: question.text } }),
  };
}

/** The label of a row in a report: its id, or its line when the input had no ids. */
export function rowLabel(row: Pick<TriageRow, 'id' | 'line'>): string {
  return row.id ?? `line ${row.line}`;
}
