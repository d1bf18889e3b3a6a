// Bench child: times decide() of the built library on each text of a JSON file
// ([{ name, length, text }]) and prints [{ name, length, ms }]. Each text is decided for a warm-up
// pass first (the compiler settles), then timed: the fastest of runs filling ~120 ms (on a shared
// machine the fastest run is the one least disturbed by others).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decide } from '../dist/index.js';

function fastest(text, budgetMs, maxRuns) {
  let best = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let runs = 0; runs < 5 || (spent < budgetMs && runs < maxRuns); runs += 1) {
    const started = performance.now();
    decide({ text });
    const ms = performance.now() - started;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const { text } of cases) fastest(text, 30, 20);
const results = cases.map(({ name, length, text }) => ({ name, length, ms: fastest(text, 120, 200) }));
process.stdout.write(JSON.stringify(results));
