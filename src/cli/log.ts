/**
 * `code-or-cowork log export|prune`: read the decision log out as JSON Lines or CSV, and drop old records.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { DecisionRecord } from '../log/record.js';
import type { DecisionStore } from '../log/store.js';
import { defaultLogPath } from '../node/data-dir.js';
import { openSqliteStore } from '../node/sqlite-store.js';
import { toIsoTime } from '../log/time.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { UsageError } from './usage-error.js';

interface ExportFlags {
  readonly format: string;
  readonly since?: string;
  readonly db?: string;
}

interface PruneFlags {
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

/** Adds `log export` and `log prune` to the program. */
export function registerLog(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  const log = program.command('log').description('read or trim the decision log').helpOption('-h, --help', 'show this help');
  const dbHelp = `the decision log file (default ${defaultLogPath(io.env)})`;
  log
    .command('export')
    .description('write logged decisions to standard output, oldest first')
    .helpOption('-h, --help', 'show this help')
    .option('--format <format>', 'jsonl (full records) | csv (one line each)', 'jsonl')
    .option('--since <date>', 'only decisions at or after this date (YYYY-MM-DD) or ISO time')
    .option('--db <path>', dbHelp)
    .action((flags: ExportFlags) => {
      if (flags.format !== 'jsonl' && flags.format !== 'csv') throw new UsageError('--format', `must be "jsonl" or "csv" (got "${flags.format}")`);
      const since = flags.since === undefined ? undefined : parseSince(flags.since);
      withStore(flags.db, io, (store) => {
        if (flags.format === 'csv') io.stdout.write(stringify([[...CSV_COLUMNS]]));
        for (const record of store.each(since)) {
          io.stdout.write(flags.format === 'csv' ? stringify([csvRow(record)]) : `${JSON.stringify(record)}\n`);
        }
      });
      setStatus(EXIT.ok);
    });
  log
    .command('prune')
    .description('remove logged decisions older than a given age')
    .helpOption('-h, --help', 'show this help')
    .requiredOption('--older-than <age>', 'e.g. 90d (days), 12w (weeks) or 48h (hours)')
    .option('--db <path>', dbHelp)
    .action((flags: PruneFlags) => {
      const before = new Date(Date.now() - parseAge(flags.olderThan)).toISOString();
      withStore(flags.db, io, (store) => {
        const removed = store.prune(before);
        io.stdout.write(`removed ${removed} decision${removed === 1 ? '' : 's'} older than ${before}\n`);
      });
      setStatus(EXIT.ok);
    });
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
