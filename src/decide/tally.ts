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

/**
 * Same words, whatever their case ("Deploy" and "deploy" count once): equal once lower-cased,
 * as the map keys of a long list are. ASCII is compared in place; other letters lower-case.
 */
function sameWording(a: string, b: string): boolean {
  if (a === b) return true;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left >= 128 || right >= 128) return a.toLowerCase() === b.toLowerCase();
    if (left !== right && (left | 0x20) !== (right | 0x20)) return false;
    if (left !== right && !isLetter(left | 0x20)) return false;
  }
  if (a.length === b.length) return true;
  // One is a prefix of the other in ASCII; only non-ASCII letters can change length when lower-cased.
  return !isAscii(a, length) || !isAscii(b, length) ? a.toLowerCase() === b.toLowerCase() : false;
}

const isLetter = (lower: number): boolean => lower >= 0x61 && lower <= 0x7a;

function isAscii(text: string, from: number): boolean {
  for (let index = from; index < text.length; index += 1) if (text.charCodeAt(index) >= 128) return false;
  return true;
}

/** Past this many wordings of one kind, they are found through a map of lower-cased wordings. */
const LIST_LIMIT = 8;

/** The strongest signal of each wording of one kind: a short list while a few, then indexed. */
class Wordings {
  readonly kept: Signal[] = [];
  private index: Map<string, number> | undefined;

  add(signal: Signal): void {
    const seen = this.indexOf(signal.evidence.text);
    if (seen < 0) {
      this.index?.set(signal.evidence.text.toLowerCase(), this.kept.length);
      this.kept.push(signal);
      if (this.index === undefined && this.kept.length > LIST_LIMIT) {
        this.index = new Map(this.kept.map((kept, position) => [kept.evidence.text.toLowerCase(), position]));
      }
    } else if ((this.kept[seen] as Signal).weight < signal.weight) this.kept[seen] = signal;
  }

  private indexOf(text: string): number {
    if (this.index !== undefined) return this.index.get(text.toLowerCase()) ?? -1;
    for (let position = 0; position < this.kept.length; position += 1) {
      if (sameWording((this.kept[position] as Signal).evidence.text, text)) return position;
    }
    return -1;
  }
}

/** Tallies the signals that fall inside `span` (all when no span is given). */
export function tally(signals: readonly Signal[], span?: { start: number; end: number }): Tally {
  // Per kind, the strongest signal of each wording. A handful per kind is usual, so a list;
  // a long text can hold thousands, so past a few the wordings are indexed (linear, not quadratic).
  const wordingsOf = new Map<SignalKind, Wordings>();
  for (const signal of signals) {
    if (span && (signal.evidence.start < span.start || signal.evidence.end > span.end)) continue;
    let wordings = wordingsOf.get(signal.kind);
    if (!wordings) wordingsOf.set(signal.kind, (wordings = new Wordings()));
    wordings.add(signal);
  }
  const result = new Map<SignalKind, KindTally>();
  for (const [kind, { kept }] of wordingsOf) {
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
