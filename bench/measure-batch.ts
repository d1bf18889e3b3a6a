/**
 * Target 2: `batch` throughput on one core. Spawns the real CLI on generated JSON Lines, against
 * a floor script with the same I/O shape (read a line, parse it, split the words, write a line),
 * and against `batch --rules-only` on the same file: what the learned signal costs a whole run,
 * start-up and warm-up included, by the CPU time each child used.
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
  /** The CLI with the learned signal and with `--rules-only`, by CPU time: the least of each side's runs. */
  readonly learnedCost: { readonly learnedCpuMs: number; readonly rulesCpuMs: number; readonly ratio: number };
  readonly output: OutputCheck;
}

function fastest(runs: readonly number[], lines: number): Throughput {
  const wallMs = Math.min(...runs);
  return { wallMs, tasksPerSecond: lines / (wallMs / 1_000), runsMs: runs };
}

/** The CPU time a child used, which the RSS reporter wrote on exit. */
function cpuOf(run: ChildRun, what: string): number {
  if (run.cpuMs === undefined) throw new Error(`${what}: no CPU time was reported`);
  return run.cpuMs;
}

function ensureSucceeded(run: ChildRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`${what} ${describeFailure(run)}`);
}

/** Runs floor and CLI alternately, checks the CLI's output, and keeps the fastest run of each. */
export async function measureBatch(setup: BatchSetup): Promise<BatchResult> {
  const outputPath = join(setup.scratchDir, 'batch-out.jsonl');
  const floorOut = join(setup.scratchDir, 'floor-out.jsonl');
  const rulesOut = join(setup.scratchDir, 'rules-out.jsonl');
  const cliRuns: number[] = [];
  const floorRuns: number[] = [];
  const learnedCpu: number[] = [];
  const rulesCpu: number[] = [];
  try {
    for (let i = 0; i < setup.repeats; i += 1) {
      const base = { stdinPath: setup.inputPath, pinning: setup.pinning };
      const floor = await runChild({ ...base, args: [FLOOR_SCRIPT], stdoutPath: floorOut });
      ensureSucceeded(floor, 'the floor script');
      floorRuns.push(floor.wallMs);
      const cli = await runChild({ ...base, args: [setup.cliPath, 'batch'], stdoutPath: outputPath, rssDir: setup.scratchDir });
      ensureSucceeded(cli, 'code-or-cowork batch');
      cliRuns.push(cli.wallMs);
      learnedCpu.push(cpuOf(cli, 'code-or-cowork batch'));
      const rules = await runChild({ ...base, args: [setup.cliPath, 'batch', '--rules-only'], stdoutPath: rulesOut, rssDir: setup.scratchDir });
      ensureSucceeded(rules, 'code-or-cowork batch --rules-only');
      rulesCpu.push(cpuOf(rules, 'code-or-cowork batch --rules-only'));
    }
    const output = await checkOutputFile(outputPath);
    const problem = outputProblem(output, setup.lines);
    if (problem !== undefined) throw new Error(`code-or-cowork batch answered wrongly: ${problem}`);
    const rulesProblem = outputProblem(await checkOutputFile(rulesOut), setup.lines);
    if (rulesProblem !== undefined) throw new Error(`code-or-cowork batch --rules-only answered wrongly: ${rulesProblem}`);
    const learnedCpuMs = Math.min(...learnedCpu);
    const rulesCpuMs = Math.min(...rulesCpu);
    return {
      lines: setup.lines,
      cli: fastest(cliRuns, setup.lines),
      floor: fastest(floorRuns, setup.lines),
      learnedCost: { learnedCpuMs, rulesCpuMs, ratio: rulesCpuMs / learnedCpuMs },
      output,
    };
  } finally {
    rmSync(outputPath, { force: true });
    rmSync(floorOut, { force: true });
    rmSync(rulesOut, { force: true });
  }
}
