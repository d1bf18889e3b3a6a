/**
 * Signals to rule strengths. Each distinct wording counts once (its strongest weight), and
 * further words add less and less, so a long text does not win by length alone.
 */
import type { RuleId } from '../core/ids.js';
import type { Evidence } from '../core/types.js';
import type { Signal, SignalKind } from '../extract/signal.js';
import { SIGNAL_KINDS } from '../extract/signal.js';

export interface KindTally {
  readonly strength: number;
  /** The heaviest single wording: an outright ask ("write a script") weighs 2 on its own. */
  readonly strongest: number;
  readonly evidence: readonly Evidence[];
}

export type Tally = ReadonlyMap<SignalKind, KindTally>;

/** Each further distinct wording adds this much less than the one before. */
const DIMINISHING = 0.3;

/** Tallies the signals that fall inside `span` (all when no span is given). */
export function tally(signals: readonly Signal[], span?: { start: number; end: number }): Tally {
  // Per kind, the strongest signal of each wording, whatever its case ("Deploy" and "deploy"
  // count once), found by the lower-cased wording: a long text can hold thousands of them.
  const byKind = new Map<SignalKind, Signal[]>();
  const indexOfWording = new Map<SignalKind, Map<string, number>>();
  for (const signal of signals) {
    if (span && (signal.evidence.start < span.start || signal.evidence.end > span.end)) continue;
    let kept = byKind.get(signal.kind);
    let index = indexOfWording.get(signal.kind);
    if (!kept || !index) {
      byKind.set(signal.kind, (kept = []));
      indexOfWording.set(signal.kind, (index = new Map()));
    }
    const wording = signal.evidence.text.toLowerCase();
    const seen = index.get(wording);
    if (seen === undefined) {
      index.set(wording, kept.length);
      kept.push(signal);
    } else if ((kept[seen] as Signal).weight < signal.weight) kept[seen] = signal;
  }
  const result = new Map<SignalKind, KindTally>();
  for (const [kind, kept] of byKind) {
    kept.sort(strongestFirst);
    let strength = 0;
    for (let rank = 0; rank < kept.length; rank += 1) strength += (kept[rank] as Signal).weight / (1 + DIMINISHING * rank);
    result.set(kind, { strength, strongest: (kept[0] as Signal).weight, evidence: kept.map((signal) => signal.evidence) });
  }
  return result;
}

function strongestFirst(a: Signal, b: Signal): number {
  return b.weight - a.weight || a.evidence.start - b.evidence.start;
}

export function strengthOf(counts: Tally, kinds: readonly SignalKind[]): number {
  let sum = 0;
  for (const kind of kinds) sum += counts.get(kind)?.strength ?? 0;
  return sum;
}

/** Strength and evidence per rule, from every kind that supports it. */
export function ruleStrengths(counts: Tally): Map<RuleId, KindTally> {
  const rules = new Map<RuleId, { strength: number; strongest: number; evidence: Evidence[] }>();
  for (const [kind, counted] of counts) {
    const rule = SIGNAL_KINDS[kind].rule;
    if (!rule) continue;
    const entry = rules.get(rule) ?? { strength: 0, strongest: 0, evidence: [] };
    entry.strength += counted.strength;
    entry.strongest = Math.max(entry.strongest, counted.strongest);
    entry.evidence.push(...counted.evidence);
    rules.set(rule, entry);
  }
  return rules;
}
