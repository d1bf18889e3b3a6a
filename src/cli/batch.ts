/**
 * `code-or-cowork batch`: JSON Lines in, JSON Lines out, in order, one output line per input line.
 * Blank lines are skipped without output, but still counted, so `line` stays the physical line number.
 *
 * Lines are read as bytes with a cap per line (line-reader.ts), so memory stays bounded per line
 * as well as per run; the answers to one chunk of input go out in one write, and while the reader
 * is behind (`write` returned false) no more input is read until the output drains.
 */
import type { Readable, Writable } from 'node:stream';
import { answerLine } from './batch-line.js';
import type { DecideInput } from './batch-line.js';
import { DEFAULT_MAX_LINE_BYTES, readLines } from './line-reader.js';

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

export interface BatchOptions {
  /** Decides one input object; the default engine's `safeDecide` unless given. */
  readonly decideInput?: DecideInput;
  /** Lines longer than this many bytes are answered with `line.too-long` (default 1 MiB). */
  readonly maxLineBytes?: number;
}

/** Resolves once `output` has drained, or rejects with its error. */
function drained(output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      output.off('drain', done);
      output.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    output.once('drain', done);
    output.once('error', done);
  });
}

/** Resolves once everything written so far has been handed on, or rejects with the write's error. */
function flushed(output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    output.write('', (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Answers every line of `input` on `output`. Rejects only if the output fails (EPIPE, ENOSPC).
 * @example await runBatch(Readable.from(['{"text":"Deploy it"}\n']), process.stdout) // { answered: 1, failed: 0 }
 */
export async function runBatch(input: Readable, output: Writable, options: BatchOptions = {}): Promise<BatchSummary> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let answered = 0;
  let failed = 0;
  const failedLines: number[] = [];
  let failure: Error | undefined;
  const onError = (error: Error): void => {
    failure ??= error;
  };
  output.on('error', onError);
  // A run of answers goes out once it reaches what the output buffers anyway, or at a chunk's end.
  const runBytes = Math.max(1, output.writableHighWaterMark);
  const send = async (run: string): Promise<void> => {
    if (failure) throw failure;
    if (run !== '' && !output.write(run)) await drained(output);
  };
  try {
    for await (const lines of readLines(input, maxLineBytes)) {
      let run = '';
      for (const line of lines) {
        if (line.kind === 'line' && line.text.trim() === '') continue;
        const { text, bad } = answerLine(line, { maxLineBytes, decideInput: options.decideInput });
        answered += 1;
        if (bad) {
          failed += 1;
          if (failedLines.length < NAMED_FAILURES) failedLines.push(line.number);
        }
        run += text;
        if (run.length >= runBytes) {
          await send(run);
          run = '';
        }
      }
      await send(run);
    }
    await flushed(output);
    if (failure) throw failure;
    return { answered, failed, failedLines };
  } finally {
    output.off('error', onError);
    input.destroy();
  }
}
