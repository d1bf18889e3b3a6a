/**
 * The task text cut into plain and marked pieces from a decision's evidence, so the page can
 * show the triggering words inside the text as <mark> elements. Pure; the page builds the nodes.
 */
import type { Decision, Product } from '../../../src/index.js';

export interface Piece {
  readonly text: string;
  /** Set on a marked piece: which product its words point to, and why. */
  readonly mark?: { readonly product: Product; readonly why: string };
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly product: Product;
  readonly why: string;
}

/** The product a rule points to, read from its id (`code.*` or `cowork.*`). */
export function ruleProduct(rule: string): Product {
  return rule.startsWith('code.') ? 'code' : 'cowork';
}

/**
 * @example highlight('Fix the bug', decision) // [{ text: 'Fix', mark: {...} }, { text: ' the ' }, { text: 'bug', mark: {...} }]
 */
export function highlight(text: string, decision: Pick<Decision, 'reasons' | 'parts'>): Piece[] {
  const spans: Span[] = [];
  const reasons = [...decision.reasons, ...decision.parts.flatMap((part) => part.reasons)];
  for (const reason of reasons) {
    for (const evidence of reason.evidence) {
      // Offsets come from the server; a span that does not fit this text is not shown.
      if (evidence.start < 0 || evidence.end > text.length || evidence.start >= evidence.end) continue;
      spans.push({ start: evidence.start, end: evidence.end, product: ruleProduct(reason.rule), why: reason.summary });
    }
  }
  // Longest first at each start, then drop spans inside one already kept: nested words show once.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of kept) {
    if (span.start > at) pieces.push({ text: text.slice(at, span.start) });
    pieces.push({ text: text.slice(span.start, span.end), mark: { product: span.product, why: span.why } });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
