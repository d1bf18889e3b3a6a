/**
 * Moves the decision log's WAL into the database from a worker thread, once a second, so the
 * fsync a checkpoint needs never stalls the server's event loop (with SQLite's automatic
 * checkpoint, every thousandth commit waited on the disk in the middle of a request).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Runs in the worker: its own connection, PASSIVE checkpoints that never block the writer. */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
}, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.postMessage('closed'); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * @example const checkpointer = startCheckpointer('/data/decisions.db'); ...; await checkpointer.stop();
 */
export function startCheckpointer(path: string, everyMs = 1000): Checkpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { module, path, everyMs } });
  worker.unref();
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', () => void worker.terminate().then(() => resolve()));
        worker.once('error', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
