/**
 * `npm run bench:instructions`: the learned signal's cost counted in instructions, not time.
 * Runs `code-or-cowork batch` and `batch --rules-only` on the same generated lines under
 * valgrind's cachegrind, with V8 on one thread (so compiling is counted in line), its hash
 * and random seeds fixed (with them free, identical runs differ by up to 90M instructions
 * through hash-table layouts) and address-space randomisation off (`valgrindCommand`). A shared machine's CPU time can swing by a fifth between
 * identical runs; on a quiet machine these counts mostly move by a few hundredths of a percent,
 * so they rank changes the CPU clock cannot. Under load they move more (V8's timed GC tasks run
 * at other points): on 2026-12-07 two identical rules-alone runs of 60,000 lines read 22.76G
 * and 23.28G, and 20,000-line runs spread by about 50M. The two runs go side by side, so
 * compare figures taken the same way, and repeat a run before trusting a small change. They are not the issue's
 * target (CPU throughput, `npm run bench`): the learned work mispredicts more branches per
 * instruction, so its CPU ratio runs some 0.05 below this one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { machine, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { positiveInt } from './args.js';
import { instructionsOf } from './valgrind.js';
import { corpusTasks } from './corpus-tasks.js';
import { generateTasks } from './generate.js';
import type { BenchTask } from './generate.js';
import { writeTaskFile } from './input-file.js';

const USAGE = `usage: npm run bench:instructions -- [--lines N] [--seed N] [--corpora] [--cli PATH] [--json]
  --lines    generated tasks per run (default 20000: about a minute and a half on two cores)
  --seed     seed of the task generator (default 1)
  --corpora  count on the texts of the three shared corpora (../shared/corpora, read now)
             instead of generated tasks: real text, far more words the model has to work out
  --cli      the built CLI to count (default dist/cli/main.js)
  --json     print the figures as JSON`;

/** The V8 flags every counted run gets: one thread, fixed seeds. */
const COUNTED_NODE_FLAGS = ['--single-threaded', '--hash-seed=7', '--random-seed=7'] as const;

const { values } = parseArgs({
  options: { lines: { type: 'string' }, seed: { type: 'string' }, corpora: { type: 'boolean' }, cli: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
  strict: true,
});
if (values.help === true) {
  console.log(USAGE);
  process.exit(0);
}
/** The option's value, or the usage and exit code 2 when it is not a positive whole number. */
function optionInt(name: string, raw: string | undefined, fallback: number): number {
  try {
    return positiveInt(name, raw, fallback);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const lines = optionInt('lines', values.lines, 20_000);
const seed = optionInt('seed', values.seed, 1);
const cliPath = values.cli ?? fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(cliPath)) {
  console.error(`bench: ${cliPath} not found: run npm run build first`);
  process.exit(2);
}
if (spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench: valgrind is not installed (apt-get install valgrind); instruction counts need it');
  process.exit(2);
}

/**
 * The command that starts valgrind with address-space randomisation off (`setarch -R`, from
 * util-linux), when the machine has it: with the addresses free, two runs of one build differed
 * by up to 120M instructions on the corpus texts (V8's choices follow where objects land); with
 * them fixed, by about 1M. Without `setarch`, valgrind alone, and the counts are that noisy.
 */
function valgrindCommand(): { command: string; prefix: string[] } {
  if (spawnSync('setarch', [machine(), '-R', 'true'], { stdio: 'ignore' }).status === 0) return { command: 'setarch', prefix: [machine(), '-R', 'valgrind'] };
  console.error('bench: setarch not found (util-linux): address-space randomisation stays on, so counts of one build can differ by 1-2%');
  return { command: 'valgrind', prefix: [] };
}
const VALGRIND = valgrindCommand();

/** Instructions of one batch run over `input`, all threads, from cachegrind's summary. */
function countRun(input: string, extraArgs: readonly string[]): Promise<number> {
  const args = [...VALGRIND.prefix, '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...COUNTED_NODE_FLAGS, cliPath, 'batch', ...extraArgs, input];
  return new Promise((resolve, reject) => {
    const child = spawn(VALGRIND.command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let report = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      report += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`valgrind batch ${extraArgs.join(' ')} exited ${String(code)}: ${report.slice(-400)}`));
      else resolve(instructionsOf(report));
    });
  });
}

/** The shared corpora's texts, or the usage error (exit 2) naming the file that is missing or bad. */
function corporaOrExit(): BenchTask[] {
  const corpora = corpusTasks();
  if (corpora.ok) return corpora.tasks;
  console.error(`bench: ${corpora.error}`);
  process.exit(2);
}

const scratchDir = mkdtempSync(join(tmpdir(), 'code-or-cowork-instructions-'));
try {
  const fromCorpora = values.corpora === true;
  const tasks = fromCorpora ? corporaOrExit() : generateTasks(seed, lines);
  const input = writeTaskFile(scratchDir, 'tasks.jsonl', tasks);
  const [learned, rules] = await Promise.all([countRun(input, []), countRun(input, ['--rules-only'])]);
  const ratio = rules / learned;
  const what = fromCorpora ? 'the shared corpora' : 'generated';
  if (values.json === true) console.log(JSON.stringify({ input: what, lines: tasks.length, seed, learned, rules, ratio }));
  else {
    const giga = (count: number): string => `${(count / 1e9).toFixed(3)}G`;
    const from = fromCorpora ? `the ${tasks.length.toLocaleString('en-US')} texts of the shared corpora` : `${lines.toLocaleString('en-US')} generated lines (seed ${seed})`;
    console.log(`batch on ${from}, instructions under valgrind:`);
    console.log(`  with the learned signal  ${giga(learned)}`);
    console.log(`  --rules-only             ${giga(rules)}`);
    console.log(`  rules alone / learned    ${ratio.toFixed(3)}`);
  }
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}
