/**
 * `npm run bench:learned`: in-process decisions per second of the engine with the learned
 * signal against the same engine on the rules alone, on the same generated tasks in the same
 * run (target: at least 80%), and the p99 of one decision with the learned signal (target: under
 * 1 ms). Rounds alternate between the two engines so a noisy neighbour hurts both alike.
 */
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/index.js';
import type { Engine } from '../src/index.js';
import { generateTasks } from './generate.js';

const TASKS = generateTasks(8, 5_000).map((task) => ({ text: task.text }));
const ROUNDS = 6;

function throughput(engine: Engine): number {
  const started = performance.now();
  for (const task of TASKS) engine.decide(task);
  return TASKS.length / ((performance.now() - started) / 1000);
}

const learned = createEngine();
const rules = createEngine({ learned: null });
// Warm both up (and read the model) before timing.
throughput(learned);
throughput(rules);
const withLearned: number[] = [];
const rulesOnly: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  withLearned.push(throughput(learned));
  rulesOnly.push(throughput(rules));
}
const best = (values: readonly number[]): number => Math.max(...values);
const samples: number[] = [];
for (const task of TASKS.slice(0, 2_000)) {
  const started = performance.now();
  learned.decide(task);
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const p99 = samples[Math.floor(samples.length * 0.99)] ?? 0;
const ratio = best(withLearned) / best(rulesOnly);
console.log(`with the learned signal: ${Math.round(best(withLearned))} decisions/s; rules alone: ${Math.round(best(rulesOnly))}/s; ratio ${ratio.toFixed(2)} (target ≥ 0.80) ${ratio >= 0.8 ? '✓' : '✗'}`);
console.log(`decide p99 with the learned signal: ${(p99 * 1000).toFixed(1)} µs (target < 1 ms) ${p99 < 1 ? '✓' : '✗'}`);
if (process.argv.includes('--check') && (ratio < 0.8 || p99 >= 1)) process.exitCode = 1;
