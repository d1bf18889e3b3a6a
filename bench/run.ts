/**
 * The performance bench: `npm run bench [-- --json] [-- --check]`.
 * Measures the four targets, each beside a floor measured in the same run, and prints a table.
 * Exit status: 0, or 1 when `--check` is given and a target fails, or 2 when something could not be measured.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { positiveInt } from './args.js';
import { generateTasks } from './generate.js';
import { writeTaskFile } from './input-file.js';
import { measureAdversarial } from './measure-adversarial.js';
import { measureBatch, measureInputCost } from './measure-batch.js';
import { corpusTasks } from './corpus-tasks.js';
import { measureLineMemory } from './measure-line-memory.js';
import { measureDecideLatency } from './measure-decide.js';
import type { LatencyResult } from './measure-decide.js';
import { measureMemory } from './measure-memory.js';
import { measureOneShot } from './measure-one-shot.js';
import { measureTriage } from './measure-triage.js';
import { planBatch } from './plan.js';
import { buildRows, errorNotes, exitCode, renderTable } from './report.js';
import type { BenchResults, Measured } from './report.js';
import { detectPinning } from './spawn.js';
import { LATENCY_TASKS } from './tasks-100.js';
import { writeTriageInputs } from './triage-inputs.js';

const USAGE = `usage: npm run bench -- [--json] [--check] [--lines N] [--seed N] [--runs N] [--batch-runs N] [--cli PATH]
  --json     print one JSON object instead of the table
  --check    exit 1 when a target fails (otherwise the bench exits 0 and only reports)
  --lines    batch lines for the throughput and large memory run (default 60000; memory also runs a quarter)
  --seed     seed of the task generator (default 1)
  --runs     one-shot runs of each side (default 20)
  --batch-runs  batch runs of each side (floor, learned, rules alone), alternating; the least of each counts (default 4);
             as many learned/rules pairs on the shared corpora's texts, when ../shared/corpora is there
  --cli      the CLI entry to measure (default dist/cli/main.js)
  --triage-lines  tasks for the triage case, against batch on the same input (default 1000000; 0 skips it)`;

const DEFAULT_CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

async function measured<T>(what: string, measure: () => T | Promise<T>): Promise<Measured<T>> {
  log(`${what}...`);
  try {
    return { ok: true, value: await measure() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      lines: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      'batch-runs': { type: 'string' },
      cli: { type: 'string' },
      'triage-lines': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const requestedLines = positiveInt('lines', values.lines, 60_000);
  const seed = positiveInt('seed', values.seed, 1);
  const runs = positiveInt('runs', values.runs, 20);
  // Four, not two: on the shared VM a lone run is often slowed by a third or more (load never
  // speeds one up), so the least of more runs is nearer the work itself.
  const batchRuns = positiveInt('batch-runs', values['batch-runs'], 4);
  const triageLines = values['triage-lines'] === '0' ? 0 : positiveInt('triage-lines', values['triage-lines'], 1_000_000);
  const cliPath = resolve(values.cli ?? DEFAULT_CLI);
  const started = performance.now();

  const latency = await measured('decide latency (in-process)', async () => {
    const { decide } = await import('../src/index.js');
    return measureDecideLatency(decide, LATENCY_TASKS);
  });
  const pinning = detectPinning();
  // An explicit --lines, or no latency figure to estimate speed from, keeps the requested size.
  const plan = planBatch(latency.ok ? latency.value.decideAll.mean : 0, {
    requested: requestedLines,
    budgetSeconds: values.lines === undefined ? 4 : Number.POSITIVE_INFINITY,
    minimum: 10_000,
  });
  if (plan.note !== undefined) log(plan.note);

  const scratchDir = mkdtempSync(join(tmpdir(), 'code-or-cowork-bench-'));
  let results: BenchResults;
  try {
    const missing = existsSync(cliPath) ? undefined : `${cliPath} not found: run npm run build first`;
    const withCli = <T>(what: string, measure: () => Promise<T>): Promise<Measured<T>> =>
      missing === undefined ? measured(what, measure) : Promise.resolve({ ok: false, error: missing });
    const tasks = generateTasks(seed, plan.lines);
    const large = { path: writeTaskFile(scratchDir, 'large.jsonl', tasks), lines: plan.lines };
    const small = { path: writeTaskFile(scratchDir, 'small.jsonl', tasks.slice(0, plan.smallLines)), lines: plan.smallLines };
    const batch = await withCli(`batch throughput (${plan.lines} lines, ${batchRuns} runs of each side, ${pinning.note})`, () =>
      measureBatch({ cliPath, inputPath: large.path, lines: large.lines, pinning, scratchDir, repeats: batchRuns }),
    );
    // Real text beside the generated lines: the shared corpora, when this checkout has them.
    const corpora = corpusTasks();
    const corpusCost = corpora.ok
      ? await withCli(`the learned signal on the ${corpora.tasks.length} corpus texts (${batchRuns} runs of each side)`, () =>
          measureInputCost({ cliPath, inputPath: writeTaskFile(scratchDir, 'corpora.jsonl', corpora.tasks), lines: corpora.tasks.length, pinning, scratchDir, repeats: batchRuns }),
        )
      : undefined;
    if (!corpora.ok) log(`no corpus-text row: ${corpora.error}`);
    const memory = await withCli(`batch peak RSS (${small.lines} and ${large.lines} lines)`, () =>
      measureMemory({ cliPath, small, large, pinning, scratchDir }),
    );
    const oneShot = await withCli(`one-shot wall time (${runs} runs each)`, () =>
      measureOneShot({ cliPath, runs, warmup: 2 }),
    );
    const triage =
      triageLines === 0
        ? undefined
        : await withCli(`triage vs batch (${triageLines} tasks, JSON Lines and CSV in, ${pinning.note})`, () => {
            log(`writing ${triageLines} tasks as JSON Lines and CSV...`);
            const inputs = writeTriageInputs(scratchDir, seed, triageLines);
            return measureTriage({ cliPath, inputs, pinning, scratchDir });
          });
    const adversarial = await withCli('adversarial shapes at 1k, 5k and 20k characters (one child each)', () =>
      measureAdversarial({ scratchDir }),
    );
    const lineMemory = await withCli('batch peak RSS on hostile lines (256 MB lines, deep brackets)', () =>
      measureLineMemory({ cliPath, scratchDir }),
    );
    results = { latency, batch, ...(corpusCost !== undefined && { corpusCost }), memory, oneShot, adversarial, lineMemory, ...(triage !== undefined && { triage }) };
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }

  const rows = buildRows(results);
  const code = exitCode(rows, values.check);
  const environment: Environment = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
    pinning: pinning.note,
    seed,
    elapsedSeconds: Number(((performance.now() - started) / 1_000).toFixed(1)),
  };
  const notes = [...errorNotes(results), ...(plan.note === undefined ? [] : [plan.note])];

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ environment, plan, results, rows, notes, exitCode: code }, null, 2)}\n`);
    return code;
  }
  process.stdout.write(`${renderTable(rows)}\n\n${describe(environment, results, notes)}\n`);
  return code;
}

function perTaskLine(latency: LatencyResult): string {
  const ms = (value: number): string => `${(value * 1_000).toFixed(0)}`;
  return latency.perTask.map((task) => `${task.name} ${ms(task.p50Ms)}/${ms(task.p99Ms)}`).join(', ');
}

interface Environment {
  readonly node: string;
  readonly cpu: string;
  readonly cpus: number;
  readonly loadAverage: readonly number[];
  readonly pinning: string;
  readonly seed: number;
  readonly elapsedSeconds: number;
}

function describe(environment: Environment, results: BenchResults, notes: readonly string[]): string {
  const lines = [
    'ratio = value / floor. Floors, measured in this run: splitting the same text into words (latency);',
    'a node script that reads, parses, splits and writes each line (batch); the N-line run (memory); node -e "" (one-shot).',
  ];
  if (results.latency.ok) {
    const { decideAll, floorAll, blocks } = results.latency.value;
    const us = (ms: number): string => (ms * 1_000).toFixed(1);
    lines.push(
      `decide latency: quietest of ${blocks} blocks shown; all ${decideAll.n} samples p50/p99 ${us(decideAll.p50)}/${us(decideAll.p99)} µs ` +
        `(floor ${us(floorAll.p50)}/${us(floorAll.p99)} µs); per task p50/p99 (µs): ${perTaskLine(results.latency.value)}`,
    );
  }
  if (results.batch.ok) {
    const { output, cli, floor } = results.batch.value;
    const mix = Object.entries(output.surfaces)
      .map(([surface, count]) => `${surface} ${((100 * count) / output.lines).toFixed(0)}%`)
      .join(', ');
    const runs = (ms: readonly number[]): string => ms.map((value) => value.toFixed(0)).join('/');
    lines.push(`batch output checked: ${output.lines} decisions in order (${mix}); runs ms cli ${runs(cli.runsMs)}, floor ${runs(floor.runsMs)}`);
  }
  if (results.adversarial?.ok) {
    const { prose, shapes } = results.adversarial.value;
    const figures = (ms: readonly number[]): string => ms.map((value) => value.toFixed(2)).join('/');
    lines.push(
      `adversarial ms at 1k/5k/20k chars (fastest run of each): prose ${figures(prose.ms)}; ` +
        shapes.map((shape) => `${shape.name} ${figures(shape.ms)}`).join('; '),
    );
  }
  const { node, cpus: count, cpu, loadAverage, pinning, seed, elapsedSeconds } = environment;
  lines.push(
    `node ${node}, ${count} x ${cpu}, load ${loadAverage.join(' ')}, ${pinning}, seed ${seed}, ${elapsedSeconds} s`,
  );
  return [...lines, ...notes.map((note) => `note: ${note}`)].join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
