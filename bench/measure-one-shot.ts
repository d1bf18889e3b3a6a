/**
 * Target 4: one-shot `code-or-cowork "TEXT"` wall time against `node -e ""`, run alternately so
 * both see the same machine; medians are compared.
 */
import { median } from './stats.js';
import { describeFailure, runChild } from './spawn.js';

export const ONE_SHOT_TEXT = 'Turn the quarterly numbers into a short deck and share it in the team Slack channel';

export interface OneShotResult {
  readonly runs: number;
  readonly cliMs: readonly number[];
  readonly floorMs: readonly number[];
  readonly cliMedianMs: number;
  readonly floorMedianMs: number;
  /** cli / floor medians. */
  readonly ratio: number;
}

export interface OneShotSetup {
  readonly cliPath: string;
  readonly runs: number;
  /** Untimed runs of each side first (file cache, CPU frequency). */
  readonly warmup: number;
}

async function timeCli(cliPath: string): Promise<number> {
  const run = await runChild({ args: [cliPath, ONE_SHOT_TEXT] });
  if (run.exitCode !== 0) throw new Error(`code-or-cowork "TEXT" ${describeFailure(run)}`);
  if (run.stdoutHead.trim().length === 0) throw new Error('code-or-cowork "TEXT" printed nothing');
  return run.wallMs;
}

async function timeNode(): Promise<number> {
  const run = await runChild({ args: ['-e', ''] });
  if (run.exitCode !== 0) throw new Error(`node -e "" ${describeFailure(run)}`);
  return run.wallMs;
}

export async function measureOneShot(setup: OneShotSetup): Promise<OneShotResult> {
  for (let i = 0; i < setup.warmup; i += 1) {
    await timeNode();
    await timeCli(setup.cliPath);
  }
  const cliMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < setup.runs; i += 1) {
    // Swap the order every run so neither side always goes first.
    if (i % 2 === 0) floorMs.push(await timeNode());
    cliMs.push(await timeCli(setup.cliPath));
    if (i % 2 === 1) floorMs.push(await timeNode());
  }
  const cliMedianMs = median(cliMs);
  const floorMedianMs = median(floorMs);
  return { runs: setup.runs, cliMs, floorMs, cliMedianMs, floorMedianMs, ratio: cliMedianMs / floorMedianMs };
}
