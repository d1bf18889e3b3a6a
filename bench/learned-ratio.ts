/**
 * `npm run bench:learned`: in-process throughput of the engine with the learned signal against
 * the same engine on the rules alone, on the same generated tasks in the same run (target: at
 * least 80%), two ways: decisions in a tight loop, and batch lines (each line parsed, decided and
 * written as JSON, as `code-or-cowork batch` does per line). The tight loop keeps the model's
 * tables warm in the CPU's caches; between the parsing and writing of batch lines they are not,
 * so the batch figure is the one the target is about. Then the p99 of one decision with the
 * learned signal (target: under 1 ms). Rounds alternate between the two engines so a noisy
 * neighbour hurts both alike, and each round's cost is CPU time (what a stalled neighbour's
 * steal does not count), best of the rounds.
 */
import { performance } from 'node:perf_hooks';
import { answerLine } from '../src/cli/batch-line.js';
import { createEngine } from '../src/index.js';
import type { Engine } from '../src/index.js';
import { generateTasks } from './generate.js';

const GENERATED = generateTasks(8, 5_000);
const TASKS = GENERATED.map((task) => ({ text: task.text }));
const LINES = GENERATED.map((task) => JSON.stringify({ id: task.id, text: task.text }));
const ROUNDS = 6;

/** Items per CPU second of one pass of `work` over `count` items. */
function perCpuSecond(count: number, work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return count / ((used.user + used.system) / 1e6);
}

const decisions = (engine: Engine): number =>
  perCpuSecond(TASKS.length, () => {
    for (const task of TASKS) engine.decide(task);
  });

const batchLines = (engine: Engine): number =>
  perCpuSecond(LINES.length, () => {
    LINES.forEach((text, index) => answerLine({ kind: 'line', text, number: index + 1 }, { maxLineBytes: 1 << 20, decideInput: engine.safeDecide }));
  });

const learned = createEngine();
const rules = createEngine({ learned: null });
const best = (values: readonly number[]): number => Math.max(...values);

/** Best rate of each engine over interleaved rounds, after one warm-up round each (which also reads the model). */
function race(measure: (engine: Engine) => number): { learned: number; rules: number; ratio: number } {
  measure(learned);
  measure(rules);
  const withLearned: number[] = [];
  const rulesOnly: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    withLearned.push(measure(learned));
    rulesOnly.push(measure(rules));
  }
  return { learned: best(withLearned), rules: best(rulesOnly), ratio: best(withLearned) / best(rulesOnly) };
}

const loop = race(decisions);
const batch = race(batchLines);
const samples: number[] = [];
for (const task of TASKS.slice(0, 2_000)) {
  const started = performance.now();
  learned.decide(task);
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const p99 = samples[Math.floor(samples.length * 0.99)] ?? 0;
const mark = (pass: boolean): string => (pass ? '✓' : '✗');
console.log(`decisions, tight loop: ${Math.round(loop.learned)}/CPU s with the learned signal, ${Math.round(loop.rules)}/CPU s rules alone; ratio ${loop.ratio.toFixed(2)}`);
console.log(`batch lines (parse, decide, write): ${Math.round(batch.learned)}/CPU s with the learned signal, ${Math.round(batch.rules)}/CPU s rules alone; ratio ${batch.ratio.toFixed(2)} (target ≥ 0.80) ${mark(batch.ratio >= 0.8)}`);
console.log(`decide p99 with the learned signal: ${(p99 * 1000).toFixed(1)} µs (target < 1 ms) ${mark(p99 < 1)}`);
if (process.argv.includes('--check') && (batch.ratio < 0.8 || p99 >= 1)) process.exitCode = 1;
