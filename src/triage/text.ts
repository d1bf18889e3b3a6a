/** Small text helpers shared by the report formats: one-line user text, truncation, product names. */
import type { Surface } from '../core/ids.js';

export const PRODUCT_LABELS = {
  code: 'Claude Code',
  cowork: 'Claude Cowork',
  both: 'both',
} as const satisfies Record<Surface, string>;

/**
 * User text on one line, without control characters that could drive a terminal or break a table.
 * @example oneLine('Fix\n\tthe \u001b[31mbuild') // 'Fix the [31mbuild'
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to `width` characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** 0.934 -> "93%". */
export function percentOf(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** "question.schedule" -> "schedule": ids without their kind, for narrow columns. */
export function shortId(id: string): string {
  return id.slice(id.indexOf('.') + 1);
}
