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

/** The CLI with the learned signal and with `--rules-only`, by CPU time: the least of each side's runs. */
export interface LearnedCost {
  readonly learnedCpuMs: number;
  readonly rulesCpuMs: number;
  /** Rules alone over learned: the learned run's throughput as a share of the rules'. */
  readonly ratio: number;
}

export interface BatchResult {
  readonly lines: number;
  readonly cli: Throughput;
  readonly floor: Throughput;
  readonly learnedCost: LearnedCost;
  readonly output: OutputCheck;
}

/** The learned signal's cost on a given input (no floor): how many lines, and the cost. */
export interface InputCost {
  readonly lines: number;
  readonly learnedCost: LearnedCost;
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

/** Where one learned/rules pair of runs writes, and what each side's runs took so far. */
interface PairRuns {
  readonly learnedOut: string;
  readonly rulesOut: string;
  readonly learnedCpu: number[];
  readonly rulesCpu: number[];
}

function pairRuns(scratchDir: string, name: string): PairRuns {
  return { learnedOut: join(scratchDir, `${name}-learned.jsonl`), rulesOut: join(scratchDir, `${name}-rules.jsonl`), learnedCpu: [], rulesCpu: [] };
}

/** One run of `batch` and then one of `batch --rules-only` on the same input; returns the first (for its wall time). */
async function runPair(setup: BatchSetup, runs: PairRuns): Promise<ChildRun> {
  const base = { stdinPath: setup.inputPath, pinning: setup.pinning, rssDir: setup.scratchDir };
  const learned = await runChild({ ...base, args: [setup.cliPath, 'batch'], stdoutPath: runs.learnedOut });
  ensureSucceeded(learned, 'code-or-cowork batch');
  runs.learnedCpu.push(cpuOf(learned, 'code-or-cowork batch'));
  const rules = await runChild({ ...base, args: [setup.cliPath, 'batch', '--rules-only'], stdoutPath: runs.rulesOut });
  ensureSucceeded(rules, 'code-or-cowork batch --rules-only');
  runs.rulesCpu.push(cpuOf(rules, 'code-or-cowork batch --rules-only'));
  return learned;
}

/** Checks both sides' last output (every line answered, in order) and gives the least CPU of each side. */
async function settlePair(runs: PairRuns, lines: number): Promise<{ cost: LearnedCost; output: OutputCheck }> {
  const output = await checkOutputFile(runs.learnedOut);
  const problem = outputProblem(output, lines);
  if (problem !== undefined) throw new Error(`code-or-cowork batch answered wrongly: ${problem}`);
  const rulesProblem = outputProblem(await checkOutputFile(runs.rulesOut), lines);
  if (rulesProblem !== undefined) throw new Error(`code-or-cowork batch --rules-only answered wrongly: ${rulesProblem}`);
  const learnedCpuMs = Math.min(...runs.learnedCpu);
  const rulesCpuMs = Math.min(...runs.rulesCpu);
  return { cost: { learnedCpuMs, rulesCpuMs, ratio: rulesCpuMs / learnedCpuMs }, output };
}

function removeOutputs(runs: PairRuns): void {
  rmSync(runs.learnedOut, { force: true });
  rmSync(runs.rulesOut, { force: true });
}

/** Runs floor and CLI alternately, checks the CLI's output, and keeps the fastest run of each. */
export async function measureBatch(setup: BatchSetup): Promise<BatchResult> {
  const floorOut = join(setup.scratchDir, 'floor-out.jsonl');
  const pair = pairRuns(setup.scratchDir, 'batch');
  const cliRuns: number[] = [];
  const floorRuns: number[] = [];
  try {
    for (let i = 0; i < setup.repeats; i += 1) {
      const floor = await runChild({ stdinPath: setup.inputPath, pinning: setup.pinning, args: [FLOOR_SCRIPT], stdoutPath: floorOut });
      ensureSucceeded(floor, 'the floor script');
      floorRuns.push(floor.wallMs);
      cliRuns.push((await runPair(setup, pair)).wallMs);
    }
    const { cost, output } = await settlePair(pair, setup.lines);
    return { lines: setup.lines, cli: fastest(cliRuns, setup.lines), floor: fastest(floorRuns, setup.lines), learnedCost: cost, output };
  } finally {
    rmSync(floorOut, { force: true });
    removeOutputs(pair);
  }
}

/** The learned signal's cost alone on `setup.inputPath` (the texts of the shared corpora, say): pairs of runs, the least CPU of each side. */
export async function measureInputCost(setup: BatchSetup): Promise<InputCost> {
  const pair = pairRuns(setup.scratchDir, 'input');
  try {
    for (let i = 0; i < setup.repeats; i += 1) await runPair(setup, pair);
    return { lines: setup.lines, learnedCost: (await settlePair(pair, setup.lines)).cost };
  } finally {
    removeOutputs(pair);
  }
}
