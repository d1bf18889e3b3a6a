/**
 * The decision log in SQLite (better-sqlite3): one file, WAL mode, versioned migrations.
 * Writes are synchronous and committed before `append` returns, so an acknowledged decision
 * survives the process being killed (WAL with synchronous=NORMAL loses nothing on a process
 * crash; only a power cut can take the last commits).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Surface } from '../index.js';
import { recordRules } from '../log/record.js';
import type { DecisionRecord } from '../log/record.js';
import { byCountThenKey } from '../log/store.js';
import type { CountBy, DecisionStore, ListQuery } from '../log/store.js';
import { startCheckpointer } from './checkpointer.js';
import { MIGRATIONS } from './migrations.js';

interface RecordRow {
  readonly seq: number;
  readonly id: string;
  readonly time: string;
  readonly input: string;
  readonly decision: string;
  readonly engine_version: string;
  readonly knowledge_edition: string;
  readonly knowledge_version: string;
  readonly input_hash: string;
}

/** Thrown when the database file was written by a newer version of this program. */
export class LogVersionError extends Error {
  override name = 'LogVersionError' as const;
}

export interface SqliteStoreOptions {
  /**
   * `background`: checkpoints run in a worker thread, off the caller's thread (for the server);
   * `auto` (default): SQLite's own, inside the commit that fills the WAL (for short commands).
   */
  readonly checkpoint?: 'auto' | 'background';
}

/**
 * Opens (creating it and its folder when missing) the log at `path`; `':memory:'` for a throwaway one.
 * @example const store = openSqliteStore('/tmp/decisions.db'); store.stats().total // 0
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): DecisionStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const background = options.checkpoint === 'background' && path !== ':memory:';
  if (background) db.pragma('wal_autocheckpoint = 0');
  migrate(db);
  const checkpointer = background ? startCheckpointer(path) : undefined;
  // Case folding in JavaScript, so the free-text filter agrees with the memory store on every script.
  db.function('contains_folded', { deterministic: true }, (text, needle) =>
    String(text).toLowerCase().includes(String(needle).toLowerCase()) ? 1 : 0,
  );

  const insert = db.prepare(
    `INSERT INTO decisions (id, time, text, surface, rules, input, decision, engine_version, knowledge_edition, knowledge_version, input_hash)
     VALUES (@id, @time, @text, @surface, @rules, @input, @decision, @engineVersion, @edition, @version, @inputHash)`,
  );
  const appendAll = db.transaction((records: readonly DecisionRecord[]) => {
    for (const record of records) insert.run(toRow(record));
  });
  const byId = db.prepare<[string], RecordRow>('SELECT * FROM decisions WHERE id = ?');
  const removeById = db.prepare<[string]>('DELETE FROM decisions WHERE id = ?');
  const pruneBefore = db.prepare<[string]>('DELETE FROM decisions WHERE time < ?');
  const eachSince = db.prepare<[string], RecordRow>('SELECT * FROM decisions WHERE time >= ? ORDER BY seq');
  const countAll = db.prepare<[], { total: number }>('SELECT count(*) AS total FROM decisions');
  const bySurface = db.prepare<[], CountBy<Surface>>('SELECT surface AS key, count(*) AS count FROM decisions GROUP BY surface');
  const byRule = db.prepare<[], CountBy<string>>(
    'SELECT r.value AS key, count(DISTINCT d.seq) AS count FROM decisions d, json_each(d.rules) r GROUP BY r.value',
  );
  const byDay = db.prepare<[], CountBy<string>>(
    'SELECT substr(time, 1, 10) AS key, count(*) AS count FROM decisions GROUP BY key ORDER BY key',
  );

  return {
    append(records) {
      appendAll(records);
    },
    get(id) {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    list(query) {
      const { sql, params } = listSql(query);
      const rows = db.prepare<unknown[], RecordRow>(sql).all(...params);
      const records = rows.slice(0, query.limit).map(fromRow);
      const last = rows[query.limit - 1];
      return rows.length > query.limit && last ? { records, nextCursor: String(last.seq) } : { records };
    },
    remove: (id) => removeById.run(id).changes > 0,
    stats: () => ({
      total: countAll.get()?.total ?? 0,
      bySurface: bySurface.all().sort(byCountThenKey),
      byRule: byRule.all().sort(byCountThenKey),
      byDay: byDay.all(),
    }),
    *each(since) {
      for (const row of eachSince.iterate(since ?? '')) yield fromRow(row);
    },
    prune: (before) => pruneBefore.run(before).changes,
    close() {
      if (!checkpointer) {
        db.close();
        return;
      }
      return checkpointer.stop().then(() => {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      });
    },
  };
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > newest) {
    db.close();
    throw new LogVersionError(`the decision log is at schema version ${current}; this version knows up to ${newest}`);
  }
  for (const step of MIGRATIONS) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
}

/** One query for every combination of filters: each is a clause with a parameter, or absent. */
function listSql(query: ListQuery): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown): void => {
    clauses.push(clause);
    params.push(value);
  };
  if (query.cursor !== undefined) add('seq < ?', Number(query.cursor));
  if (query.surface !== undefined) add('surface = ?', query.surface);
  if (query.rule !== undefined) add('EXISTS (SELECT 1 FROM json_each(rules) WHERE value = ?)', query.rule);
  if (query.since !== undefined) add('time >= ?', query.since);
  if (query.q !== undefined) add('contains_folded(text, ?)', query.q);
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  params.push(query.limit + 1);
  return { sql: `SELECT * FROM decisions ${where} ORDER BY seq DESC LIMIT ?`, params };
}

function toRow(record: DecisionRecord): Record<string, string> {
  return {
    id: record.id,
    time: record.time,
    text: record.input.text,
    surface: record.decision.surface,
    rules: JSON.stringify(recordRules(record)),
    input: JSON.stringify(record.input),
    decision: JSON.stringify(record.decision),
    engineVersion: record.engineVersion,
    edition: record.knowledge.edition,
    version: record.knowledge.version,
    inputHash: record.inputHash,
  };
}

function fromRow(row: RecordRow): DecisionRecord {
  return {
    id: row.id,
    time: row.time,
    input: JSON.parse(row.input) as DecisionRecord['input'],
    decision: JSON.parse(row.decision) as DecisionRecord['decision'],
    engineVersion: row.engine_version,
    knowledge: { edition: row.knowledge_edition, version: row.knowledge_version },
    inputHash: row.input_hash,
  };
}
