/**
 * The decision log kept in memory: for app tests and for a server run without a database.
 * Same behaviour as the SQLite store (both pass test/log/store-conformance.ts).
 */
import type { Surface } from '../index.js';
import { recordRules } from './record.js';
import type { DecisionRecord } from './record.js';
import { byCountThenKey } from './store.js';
import type { CountBy, DecisionStore, ListPage, ListQuery, LogStats } from './store.js';

interface Row {
  readonly seq: number;
  readonly record: DecisionRecord;
}

/**
 * @example const store = createMemoryStore(); store.append([record]); store.get(record.id) // record
 */
export function createMemoryStore(): DecisionStore {
  let rows: Row[] = [];
  let nextSeq = 1;
  return {
    append(records) {
      if (records.some((record) => rows.some((row) => row.record.id === record.id))) {
        throw new Error('a record with this id is already stored');
      }
      for (const record of records) rows.push({ seq: nextSeq++, record });
    },
    get: (id) => rows.find((row) => row.record.id === id)?.record,
    list(query) {
      const below = query.cursor === undefined ? Infinity : Number(query.cursor);
      const matching: Row[] = [];
      for (let index = rows.length - 1; index >= 0 && matching.length <= query.limit; index -= 1) {
        const row = rows[index] as Row;
        if (row.seq < below && matches(row.record, query)) matching.push(row);
      }
      return page(matching, query.limit);
    },
    remove(id) {
      const before = rows.length;
      rows = rows.filter((row) => row.record.id !== id);
      return rows.length < before;
    },
    stats: () => countRecords(rows.map((row) => row.record)),
    *each(since) {
      for (const row of [...rows]) if (since === undefined || row.record.time >= since) yield row.record;
    },
    prune(before) {
      const count = rows.length;
      rows = rows.filter((row) => row.record.time >= before);
      return count - rows.length;
    },
    close() {
      rows = [];
    },
  };
}

function page(matching: readonly Row[], limit: number): ListPage {
  const records = matching.slice(0, limit).map((row) => row.record);
  const last = matching[limit - 1];
  return matching.length > limit && last ? { records, nextCursor: String(last.seq) } : { records };
}

function matches(record: DecisionRecord, query: ListQuery): boolean {
  if (query.surface !== undefined && record.decision.surface !== query.surface) return false;
  if (query.rule !== undefined && !recordRules(record).includes(query.rule)) return false;
  if (query.since !== undefined && record.time < query.since) return false;
  if (query.q !== undefined && !record.input.text.toLowerCase().includes(query.q.toLowerCase())) return false;
  return true;
}

/** Counts by surface, rule and day, sorted the way `LogStats` promises. */
function countRecords(records: readonly DecisionRecord[]): LogStats {
  const surfaces = new Map<Surface, number>();
  const rules = new Map<string, number>();
  const days = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const record of records) {
    bump(surfaces, record.decision.surface);
    for (const rule of new Set(recordRules(record))) bump(rules, rule);
    bump(days, record.time.slice(0, 10));
  }
  const entries = <K extends string>(map: Map<K, number>): CountBy<K>[] =>
    [...map].map(([key, count]) => ({ key, count }));
  return {
    total: records.length,
    bySurface: entries(surfaces).sort(byCountThenKey),
    byRule: entries(rules).sort(byCountThenKey),
    byDay: entries(days).sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}
