/**
 * `code-or-cowork batch`: JSON Lines in, JSON Lines out, in order, one output line per input line.
 * Blank lines are skipped without output, but still counted, so `line` stays the physical line number.
 * Memory stays flat: readline pauses the input while we wait for a slow reader to drain the output.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { decideLine } from './batch-line.js';

export interface BatchSummary {
  /** Input lines answered (blank lines not counted). */
  readonly answered: number;
  /** Of those, lines answered with an error. */
  readonly failed: number;
}

/**
 * Answers every line of `input` on `output`. Rejects only if the output fails (e.g. EPIPE).
 * @example await runBatch(Readable.from(['{"text":"Deploy it"}\n']), process.stdout) // { answered: 1, failed: 0 }
 */
export async function runBatch(input: Readable, output: Writable): Promise<BatchSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let outputError: Error | undefined;
  const onOutputError = (error: Error): void => {
    outputError = error;
    lines.close();
  };
  output.on('error', onOutputError);
  let lineNumber = 0;
  let answered = 0;
  let failed = 0;
  try {
    for await (const raw of lines) {
      lineNumber += 1;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      const answer = decideLine(line, lineNumber);
      answered += 1;
      if ('error' in answer) failed += 1;
      if (outputError) break;
      if (!output.write(`${JSON.stringify(answer)}\n`)) await once(output, 'drain');
    }
  } finally {
    output.off('error', onOutputError);
    lines.close();
  }
  if (outputError) throw outputError;
  return { answered, failed };
}
