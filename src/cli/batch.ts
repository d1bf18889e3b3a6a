/**
 * `code-or-cowork batch`: JSON Lines in, JSON Lines out, in order, one output line per input line.
 * Blank lines are skipped without output, but still counted, so `line` stays the physical line number.
 *
 * Answers are gathered and written in runs, not one write per line: each write has a fixed
 * cost, and a run is flushed as soon as the input goes quiet, so a program that sends one line
 * and waits still gets its answer at once. Memory stays flat: while the reader is behind
 * (`write` returned false) the input is paused until the output drains.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { decideLine } from './batch-line.js';
import type { DecideInput } from './batch-line.js';

export interface BatchSummary {
  /** Input lines answered (blank lines not counted). */
  readonly answered: number;
  /** Of those, lines answered with an error. */
  readonly failed: number;
  /** The first failed line numbers (at most ten), for the summary on stderr. */
  readonly failedLines: readonly number[];
}

/** How many failed line numbers a summary names. */
const NAMED_FAILURES = 10;

/**
 * Answers every line of `input` on `output`, deciding each with `decideInput` (the default
 * engine's `safeDecide` unless given). Rejects only if the output fails (e.g. EPIPE).
 * @example await runBatch(Readable.from(['{"text":"Deploy it"}\n']), process.stdout) // { answered: 1, failed: 0 }
 */
export function runBatch(input: Readable, output: Writable, decideInput?: DecideInput): Promise<BatchSummary> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input, crlfDelay: Infinity });
    // Flush once a run reaches what the output buffers anyway.
    const runBytes = Math.max(1, output.writableHighWaterMark);
    const run: string[] = [];
    let runLength = 0;
    let flushQueued = false;
    let draining = false;
    let inputEnded = false;
    let settled = false;
    let lineNumber = 0;
    let answered = 0;
    let failed = 0;
    const failedLines: number[] = [];

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      output.off('error', finish);
      lines.close();
      if (error) reject(error);
      else resolve({ answered, failed, failedLines });
    };

    /** Writes the run in pieces no larger than the output buffers, stopping while it drains. */
    const flush = (): void => {
      flushQueued = false;
      while (!settled && !draining && run.length > 0) {
        let take = 0;
        let bytes = 0;
        while (take < run.length && (take === 0 || bytes + (run[take] as string).length <= runBytes)) {
          bytes += (run[take] as string).length;
          take += 1;
        }
        const chunk = run.splice(0, take).join('');
        runLength -= bytes;
        if (!output.write(chunk)) {
          draining = true;
          lines.pause();
          output.once('drain', () => {
            draining = false;
            lines.resume();
            flush();
          });
        }
      }
      if (inputEnded && run.length === 0 && !draining) finish();
    };

    output.on('error', finish);
    lines.on('line', (raw) => {
      if (settled) return;
      lineNumber += 1;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') return;
      const answer = decideLine(line, lineNumber, decideInput);
      answered += 1;
      if ('error' in answer) {
        failed += 1;
        if (failedLines.length < NAMED_FAILURES) failedLines.push(lineNumber);
      }
      const text = `${JSON.stringify(answer)}\n`;
      run.push(text);
      runLength += text.length;
      if (draining) return;
      if (runLength >= runBytes) flush();
      else if (!flushQueued) {
        flushQueued = true;
        setImmediate(flush);
      }
    });
    lines.on('close', () => {
      inputEnded = true;
      if (!flushQueued && !draining) flush();
    });
  });
}
