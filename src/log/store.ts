/**
 * The decision log's interface: what the server and the `log` commands need from storage.
 * Two implementations: SQLite on disk (src/node/sqlite-store.ts) and memory (for tests and --no-db).
 * Both pass the same conformance suite (test/log/store-conformance.ts).
 */
import type { Surface } from '../index.js';
import type { DecisionRecord } from './record.js';

/** Which records to list, newest first. */
export interface ListQuery {
  /** At most this many records (1..500). */
  readonly limit: number;
  /** Opaque: the `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly surface?: Surface;
  /** Only records whose decision gives this rule as a reason. */
  readonly rule?: string;
  /** Only records at or after this ISO time. */
  readonly since?: string;
  /** Free text: only records whose task text contains it, ignoring case. */
  readonly q?: string;
}

export interface ListPage {
  readonly records: readonly DecisionRecord[];
  /** Present when more records match: pass it back as `cursor`. */
  readonly nextCursor?: string;
}

export interface CountBy<K extends string> {
  readonly key: K;
  readonly count: number;
}

/** Counts over the whole log. */
export interface LogStats {
  readonly total: number;
  readonly bySurface: readonly CountBy<Surface>[];
  /** Most frequent first. */
  readonly byRule: readonly CountBy<string>[];
  /** Oldest day first; days are UTC `YYYY-MM-DD`. */
  readonly byDay: readonly CountBy<string>[];
}

export interface DecisionStore {
  /** Stores records, all or none. When this returns, they are durable. */
  append(records: readonly DecisionRecord[]): void;
  get(id: string): DecisionRecord | undefined;
  list(query: ListQuery): ListPage;
  /** True when a record was removed. */
  remove(id: string): boolean;
  stats(): LogStats;
  /** Every record at or after `since` (all when omitted), oldest first, read lazily. */
  each(since?: string): Iterable<DecisionRecord>;
  /** Removes records older than `before` (ISO time); returns how many. */
  prune(before: string): number;
  /** Resolves (when it returns a promise) once everything is written out and closed. */
  close(): void | Promise<void>;
}

export const MAX_LIST_LIMIT = 500;

/** Most frequent first; ties in key order, so both stores agree. */
export function byCountThenKey(a: CountBy<string>, b: CountBy<string>): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
