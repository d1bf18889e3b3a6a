/**
 * A progress bar on stderr, for large inputs on a terminal only: redrawn at most ten times a second,
 * never before half a second has passed (a quick run shows nothing), and erased at the end. Other
 * stderr messages go through `log` so they do not land in the middle of the bar.
 */
import type { CliOutput } from '../io.js';

export interface Progress {
  tick(tasks: number): void;
  log(line: string): void;
  done(): void;
}

export interface ProgressOptions {
  readonly stderr: CliOutput;
  /** Input size in bytes, when known. */
  readonly total: number | undefined;
  readonly bytesRead: () => number;
  readonly now?: () => number;
}

/** Inputs smaller than this finish before a bar would help. */
const LARGE_BYTES = 1024 * 1024;
const WIDTH = 24;

/** A bar when stderr is a terminal and the input is large (or of unknown size); a silent one otherwise. */
export function createProgress(options: ProgressOptions): Progress {
  const { stderr } = options;
  const show = stderr.isTTY === true && (options.total === undefined || options.total >= LARGE_BYTES);
  const now = options.now ?? Date.now;
  const started = now();
  let drawnAt = 0;
  let drawn = false;
  const clear = (): void => {
    if (drawn) stderr.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    tick(tasks) {
      if (!show || (tasks & 255) !== 0) return;
      const at = now();
      if (at - started < 500 || at - drawnAt < 100) return;
      drawnAt = at;
      const rate = Math.round(tasks / ((at - started) / 1_000));
      const counts = `${tasks.toLocaleString('en-US')} tasks, ${rate.toLocaleString('en-US')}/s`;
      const total = options.total;
      const line =
        total === undefined || total === 0
          ? `triage  ${counts}`
          : (() => {
              const share = Math.min(1, options.bytesRead() / total);
              const filled = Math.round(share * WIDTH);
              return `triage  [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${counts}`;
            })();
      stderr.write(`\r\u001b[2K${line}`);
      drawn = true;
    },
    log(line) {
      clear();
      stderr.write(`${line}\n`);
    },
    done: clear,
  };
}
