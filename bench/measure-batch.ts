/**
 * Target 2: `batch` throughput on one core. Spawns the real CLI on generated JSON Lines, against
 * a floor script with the same I/O shape (read a line, parse it, split the words, write a line).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutputFile, outputProblem } from './check-output.js';
import type { OutputCheck } from './check-output.js';
import { describeFailure, runChild } from './spawn.js';
import type { ChildRun, Pinning } from './spawn.js';

export const FLOOR_SCRIPT = fileURLToPath(new URL('./floor-batch.mjs', import.meta.url));

export interface BatchSetup {
  readonly cliPath: string;
  readonly inputPath: string;
  readonly lines: number;
  readonly pinning: Pinning;
  readonly scratchDir: string;
  /** Runs of each side, alternating; the fastest of each is kept. */
  readonly repeats: number;
}

export interface Throughput {
  readonly wallMs: number;
  readonly tasksPerSecond: number;
  /** Every run's wall time, in run order. */
  readonly runsMs: readonly number[];
}

export interface BatchResult {
  readonly lines: number;
  readonly cli: Throughput;
  readonly floor: Throughput;
  readonly output: OutputCheck;
}

function fastest(runs: readonly number[], lines: number): Throughput {
  const wallMs = Math.min(...runs);
  return { wallMs, tasksPerSecond: lines / (wallMs / 1_000), runsMs: runs };
}

function ensureSucceeded(run: ChildRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what} ${describeFailure(run)}`);
}

/** Runs floor and CLI alternately, checks the CLI's output, and keeps the fastest run of each. */
export async function measureBatch(setup: BatchSetup): Promise<BatchResult> {
  const outputPath = join(setup.scratchDir, 'batch-out.jsonl');
  const floorOut = join(setup.scratchDir, 'floor-out.jsonl');
  const cliRuns: number[] = [];
  const floorRuns: number[] = [];
  try {
    for (let i = 0; i < setup.repeats; i += 1) {
      const base = { stdinPath: setup.inputPath, pinning: setup.pinning };
      const floor = await runChild({ ...base, args: [FLOOR_SCRIPT], stdoutPath: floorOut });
      ensureSucceeded(floor, 'the floor script');
      floorRuns.push(floor.wallMs);
      const cli = await runChild({ ...base, args: [setup.cliPath, 'batch'], stdoutPath: outputPath });
      ensureSucceeded(cli, 'code-or-cowork batch');
      cliRuns.push(cli.wallMs);
    }
    const output = await checkOutputFile(outputPath);
    const problem = outputProblem(output, setup.lines);
    if (problem !== undefined) throw new Error(`code-or-cowork batch answered wrongly: ${problem}`);
    return { lines: setup.lines, cli: fastest(cliRuns, setup.lines), floor: fastest(floorRuns, setup.lines), output };
  } finally {
    rmSync(outputPath, { force: true });
    rmSync(floorOut, { force: true });
  }
}
