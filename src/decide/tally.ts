/**
 * Signals to rule strengths. Each distinct wording counts once (its strongest weight), and
 * further words add less and less, so a long text does not win by length alone.
 */
import type { RuleId } from '../core/ids.js';
import type { Evidence } from '../core/types.js';
import type { Signal, SignalKind } from '../extract/signal.js';
import { SIGNAL_KINDS } from '../extract/signal.js';
import { countAtOrBefore } from '../extract/sorted.js';
import { packedMap } from '../core/arrays.js';

export interface KindTally {
  readonly strength: number;
  /** The heaviest single wording: an outright ask ("write a script") weighs 2 on its own. */
  readonly strongest: number;
  readonly evidence: readonly Evidence[];
}

export type Tally = ReadonlyMap<SignalKind, KindTally>;

/** Each further distinct wording adds this much less than the one before. */
const DIMINISHING = 0.3;

/** Past this many wordings of one kind, they are found through a map instead of a list. */
const LIST_LIMIT = 8;

/**
 * The strongest signal of each wording of one kind, whatever its case ("Deploy" and "deploy"
 * count once): a short list of lower-cased wordings while there are a few, indexed once a long
 * text gives many (linear, not quadratic).
 */
class Wordings {
  readonly kept: Signal[] = [];
  private readonly lowers: string[] = [];
  private index: Map<string, number> | undefined;

  add(signal: Signal): void {
    const lower = signal.evidence.text.toLowerCase();
    const seen = this.index !== undefined ? (this.index.get(lower) ?? -1) : this.lowers.indexOf(lower);
    if (seen >= 0) {
      if ((this.kept[seen] as Signal).weight < signal.weight) this.kept[seen] = signal;
      return;
    }
    this.index?.set(lower, this.kept.length);
    this.kept.push(signal);
    this.lowers.push(lower);
    if (this.index === undefined && this.kept.length > LIST_LIMIT) this.index = new Map(this.lowers.map((wording, position) => [wording, position]));
  }
}

/** Tallies the signals that fall inside `span` (all when no span is given). */
export function tally(signals: readonly Signal[], span?: { start: number; end: number }): Tally {
  const wordingsOf = new Map<SignalKind, Wordings>();
  for (const signal of signals) {
    if (span && (signal.evidence.start < span.start || signal.evidence.end > span.end)) continue;
    addTo(wordingsOf, signal);
  }
  return counted(wordingsOf);
}

/**
 * The tally of each of `spans` (in text order, none overlapping): as `tally(signals, span)` for
 * each, in one pass over the signals, each found its span by binary search.
 * @example tallySpans(signals, pieces)[1] // the second piece's tally
 */
export function tallySpans(signals: readonly Signal[], spans: readonly { start: number; end: number }[]): Tally[] {
  const wordings = packedMap(spans, () => new Map<SignalKind, Wordings>());
  for (const signal of signals) {
    // The last span starting at or before the signal is the only one that can hold it.
    const at = countAtOrBefore(spans, signal.evidence.start, startOf) - 1;
    const span = spans[at];
    if (span !== undefined && signal.evidence.end <= span.end) addTo(wordings[at] as Map<SignalKind, Wordings>, signal);
  }
  return packedMap(wordings, counted);
}

const startOf = (span: { start: number }): number => span.start;

function addTo(wordingsOf: Map<SignalKind, Wordings>, signal: Signal): void {
  let wordings = wordingsOf.get(signal.kind);
  if (!wordings) wordingsOf.set(signal.kind, (wordings = new Wordings()));
  wordings.add(signal);
}

function counted(wordingsOf: ReadonlyMap<SignalKind, Wordings>): Tally {
  const result = new Map<SignalKind, KindTally>();
  for (const [kind, { kept }] of wordingsOf) {
    kept.sort(strongestFirst);
    let strength = 0;
    for (let rank = 0; rank < kept.length; rank += 1) strength += (kept[rank] as Signal).weight / (1 + DIMINISHING * rank);
    result.set(kind, { strength, strongest: (kept[0] as Signal).weight, evidence: packedMap(kept, (signal) => signal.evidence) });
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
