/**
 * Group commit for the decision log: records written in the same turn of the event loop are
 * stored in one transaction, and each request is answered only once its record is stored. Under
 * load many requests share one commit; alone, a request waits a single turn.
 */
import type { DecisionRecord } from '../log/record.js';
import type { DecisionStore } from '../log/store.js';

export interface LogWriter {
  /** Resolves once the records are durable; rejects if storing them failed. */
  write(records: readonly DecisionRecord[]): Promise<void>;
}

interface Waiting {
  readonly records: readonly DecisionRecord[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * @example await createLogWriter(store).write([record]) // stored, with whatever else came in this turn
 */
export function createLogWriter(store: DecisionStore): LogWriter {
  let waiting: Waiting[] = [];
  const flush = (): void => {
    const group = waiting;
    waiting = [];
    try {
      store.append(group.flatMap((entry) => entry.records));
      for (const entry of group) entry.resolve();
    } catch {
      // One bad record must not sink the others that shared its commit: store each alone.
      for (const entry of group) {
        try {
          store.append(entry.records);
          entry.resolve();
        } catch (error) {
          entry.reject(error);
        }
      }
    }
  };
  return {
    write(records) {
      return new Promise((resolve, reject) => {
        if (waiting.length === 0) setImmediate(flush);
        waiting.push({ records, resolve, reject });
      });
    },
  };
}
