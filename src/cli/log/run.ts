/**
 * Runs `code-or-cowork log export|prune` against the SQLite decision log. Loaded only when
 * the command runs (it pulls in SQLite).
 */
import { existsSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { DecisionRecord } from '../../log/record.js';
import type { DecisionStore } from '../../log/store.js';
import { toIsoTime } from '../../log/time.js';
import { defaultLogPath } from '../../node/data-dir.js';
import { openSqliteStore } from '../../node/sqlite-store.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { UsageError } from '../usage-error.js';

export interface ExportFlags {
  readonly format: string;
  readonly since?: string;
  readonly db?: string;
}

export interface PruneFlags {
  readonly olderThan: string;
  readonly db?: string;
}

/** The CSV columns: one line per decision, the full objects stay in JSON Lines. */
export const CSV_COLUMNS = ['id', 'time', 'surface', 'confidence', 'rules', 'text', 'engineVersion', 'knowledgeEdition', 'knowledgeVersion', 'inputHash'] as const;

/**
 * @example csvRow(record) // ['3f1c…', '2026-12-01T…', 'code', 0.93, 'code.code-or-infra', 'Deploy it', ...]
 */
export function csvRow(record: DecisionRecord): (string | number)[] {
  return [
    record.id,
    record.time,
    record.decision.surface,
    record.decision.confidence,
    record.decision.reasons.map((reason) => reason.rule).join(' '),
    record.input.text,
    record.engineVersion,
    record.knowledge.edition,
    record.knowledge.version,
    record.inputHash,
  ];
}

/** Writes the records at or after `--since`, oldest first, as JSON Lines or CSV. */
export function exportLog(flags: ExportFlags, io: CliIo): number {
  if (flags.format !== 'jsonl' && flags.format !== 'csv') throw new UsageError('--format', `must be "jsonl" or "csv" (got "${flags.format}")`);
  const since = flags.since === undefined ? undefined : parseSince(flags.since);
  withStore(flags.db, io, (store) => {
    if (flags.format === 'csv') io.stdout.write(stringify([[...CSV_COLUMNS]]));
    for (const record of store.each(since)) {
      io.stdout.write(flags.format === 'csv' ? stringify([csvRow(record)]) : `${JSON.stringify(record)}\n`);
    }
  });
  return EXIT.ok;
}

/** Removes the records older than `--older-than` and says how many. */
export function pruneLog(flags: PruneFlags, io: CliIo, now: Date = new Date()): number {
  const before = new Date(now.getTime() - parseAge(flags.olderThan)).toISOString();
  withStore(flags.db, io, (store) => {
    const removed = store.prune(before);
    io.stdout.write(`removed ${removed} decision${removed === 1 ? '' : 's'} older than ${before}\n`);
  });
  return EXIT.ok;
}

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * @example parseAge('90d') // 7776000000
 */
export function parseAge(age: string): number {
  const match = /^(\d{1,6})([hdw])$/.exec(age);
  if (!match) throw new UsageError('--older-than', `must be a number and a unit: h, d or w, e.g. 90d (got "${age}")`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

function parseSince(since: string): string {
  const time = toIsoTime(since);
  if (time === null) throw new UsageError('--since', `must be a date (YYYY-MM-DD) or an ISO time (got "${since}")`);
  return time;
}

function withStore(db: string | undefined, io: CliIo, use: (store: DecisionStore) => void): void {
  const path = db ?? defaultLogPath(io.env);
  if (!existsSync(path)) throw new UsageError('--db', `no decision log at ${path} (start the server first, or pass --db)`);
  let store: DecisionStore;
  try {
    store = openSqliteStore(path);
  } catch (error) {
    throw new UsageError('--db', `cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    use(store);
  } finally {
    store.close();
  }
}
