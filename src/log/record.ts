/**
 * The decision-log record: what is kept of one decision, and how it is made from an input and
 * its decision. Pure: the caller passes the id, the time and the engine version in.
 */
import { createHash } from 'node:crypto';
import type { Decision, DecisionInput } from '../index.js';

/** One logged decision: the full input, the full decision, and what produced it. */
export interface DecisionRecord {
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly time: string;
  readonly input: DecisionInput;
  readonly decision: Decision;
  readonly engineVersion: string;
  readonly knowledge: { readonly edition: string; readonly version: string };
  /** SHA-256 of the input with its keys sorted: the same question always hashes the same. */
  readonly inputHash: string;
}

export interface RecordStamp {
  readonly id: string;
  readonly time: Date;
  readonly engineVersion: string;
}

/**
 * @example makeRecord(input, decide(input), { id: 'r1', time: new Date(), engineVersion: '0.1.0' }).inputHash // '3f1c...'
 */
export function makeRecord(input: DecisionInput, decision: Decision, stamp: RecordStamp): DecisionRecord {
  return {
    id: stamp.id,
    time: stamp.time.toISOString(),
    input,
    decision,
    engineVersion: stamp.engineVersion,
    knowledge: { edition: decision.knowledge.edition, version: decision.knowledge.version },
    inputHash: hashInput(input),
  };
}

/**
 * A stable hash of an input: keys sorted at every level, so `{a,b}` and `{b,a}` agree.
 * @example hashInput({ text: 'Deploy it' }) === hashInput({ text: 'Deploy it' }) // true
 */
export function hashInput(input: DecisionInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The rule ids a decision rests on, in its order, for filters and counts. */
export function recordRules(record: DecisionRecord): readonly string[] {
  return record.decision.reasons.map((reason) => reason.rule);
}
