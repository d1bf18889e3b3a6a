/**
 * Target 1: the latency of one in-process `decide` on a 100-word task, against the floor of
 * merely splitting the same text into words, both timed call by call in the same way.
 * The verdict reads the quietest of several contiguous blocks of samples, so that another
 * process pre-empting this one for a moment does not decide it; all samples are summarised too.
 */
import { performance } from 'node:perf_hooks';
import { splitWords } from './floor-split.js';
import { quietestBlock, summarize } from './stats.js';
import type { Summary } from './stats.js';
import type { LatencyTask } from './tasks-100.js';

export interface LatencyOptions {
  /** Untimed calls per task before sampling, to let the JIT settle. */
  readonly warmup: number;
  /** Timed rounds; each round calls once per task. */
  readonly rounds: number;
  /** Stop sampling early after this long, keeping what was gathered (a slow engine must not stall the bench). */
  readonly budgetMs: number;
  /** Contiguous blocks the samples are split into; the quietest one is reported. */
  readonly blocks: number;
}

export const DEFAULT_LATENCY_OPTIONS: LatencyOptions = { warmup: 1_000, rounds: 4_000, budgetMs: 4_000, blocks: 5 };

export interface TaskLatency {
  readonly name: string;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface LatencyResult {
  /** The quietest block of samples. */
  readonly decide: Summary;
  readonly floor: Summary;
  /** Every sample. */
  readonly decideAll: Summary;
  readonly floorAll: Summary;
  readonly blocks: number;
  readonly perTask: readonly TaskLatency[];
  /** The sum of every timed call's output: kept so that no call can be optimised away. */
  readonly checksum: number;
}

interface Samples {
  readonly all: number[];
  readonly byTask: number[][];
  readonly checksum: number;
}

/** Times `run` once per task per round, interleaving the tasks, until the rounds or the budget run out. */
function sample(tasks: readonly LatencyTask[], run: (task: LatencyTask) => number, options: LatencyOptions): Samples {
  let checksum = 0;
  for (let i = 0; i < options.warmup; i += 1) for (const task of tasks) checksum += run(task);
  const all: number[] = [];
  const byTask = tasks.map((): number[] => []);
  const deadline = performance.now() + options.budgetMs;
  for (let round = 0; round < options.rounds && performance.now() < deadline; round += 1) {
    tasks.forEach((task, index) => {
      const started = performance.now();
      checksum += run(task);
      const elapsed = performance.now() - started;
      all.push(elapsed);
      byTask[index]?.push(elapsed);
    });
  }
  return { all, byTask, checksum };
}

/**
 * Measures `decide` and the split floor on the same tasks; times are in milliseconds.
 * @example measureDecideLatency(decide, LATENCY_TASKS).decide.p99 // 0.05
 */
export function measureDecideLatency(
  decide: (input: unknown) => unknown,
  tasks: readonly LatencyTask[],
  options: LatencyOptions = DEFAULT_LATENCY_OPTIONS,
): LatencyResult {
  const floor = sample(tasks, (task) => splitWords(task.input.text).length, options);
  const engine = sample(tasks, (task) => (decide(task.input) === undefined ? 0 : 1), options);
  const perTask = tasks.map((task, index) => {
    const summary = summarize(engine.byTask[index] ?? []);
    return { name: task.name, p50Ms: summary.p50, p99Ms: summary.p99 };
  });
  const checksum = engine.checksum + floor.checksum;
  return {
    decide: quietestBlock(engine.all, options.blocks),
    floor: quietestBlock(floor.all, options.blocks),
    decideAll: summarize(engine.all),
    floorAll: summarize(floor.all),
    blocks: options.blocks,
    perTask,
    checksum,
  };
}
