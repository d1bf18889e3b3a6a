import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../src/log/memory-store.js';
import { MIGRATIONS } from '../../src/node/migrations.js';
import { LogVersionError, openSqliteStore } from '../../src/node/sqlite-store.js';
import { recordAt, storeConformance } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'coc-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

storeConformance('memory', createMemoryStore);
storeConformance('SQLite', () => openSqliteStore(join(dir, `conformance-${files++}.db`)));

describe('SQLite decision store on disk', () => {
  it('keeps records across a close and a reopen, and creates missing folders', () => {
    const path = join(dir, 'nested', 'folder', 'log.db');
    const store = openSqliteStore(path);
    const record = recordAt('k1', '2026-11-05T00:00:00.000Z', { text: 'Send the invoices', policy: { plan: 'team' } });
    store.append([record]);
    store.close();
    const reopened = openSqliteStore(path);
    expect(reopened.get('k1')).toEqual(record);
    reopened.close();
  });

  it('runs in WAL mode at the newest schema version', () => {
    const path = join(dir, 'wal.db');
    openSqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    db.close();
  });

  it('with background checkpoints, moves the WAL into the database off the writing thread, and empties it on close', async () => {
    const path = join(dir, 'background.db');
    const store = openSqliteStore(path, { checkpoint: 'background' });
    const empty = statSync(path).size;
    store.append(Array.from({ length: 300 }, (_, index) => recordAt(`b${index}`, '2026-11-06T00:00:00.000Z', { text: `Write report ${index}` })));
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(empty), { timeout: 5000, interval: 100 });
    await store.close();
    expect(statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
    const reopened = openSqliteStore(path);
    expect(reopened.stats().total).toBe(300);
    await reopened.close();
  });

  it('refuses a log written by a newer version instead of guessing at its schema', () => {
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteStore(path)).toThrow(LogVersionError);
  });
});
