/**
 * The server bench: `npm run bench:server [-- --seconds 10] [-- --json] [-- --check]`.
 * Starts the built `code-or-cowork serve` on a loopback ephemeral port with a fresh log, and loads
 * in turn `GET /healthz` (the floor: the HTTP stack alone), `POST /api/decide?log=false` and
 * `POST /api/decide` (each decision written to SQLite), from this process. Reports requests/s and
 * p50/p99 latency for each, beside the floor measured in the same run.
 * Exit status: 0, or 1 when `--check` is given and a target fails, or 2 when the server would not start.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateTasks } from './generate.js';
import { runLoad } from './load.js';
import type { LoadResult } from './load.js';
import { percentileOfSorted } from './stats.js';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const TARGET_RATE = 3000;
const TARGET_P99_MS = 25;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const seconds = Math.min(60, Math.max(1, Number(values.seconds)));
const connections = Math.min(64, Math.max(1, Number(values.connections)));
const MAX_REQUESTS = 500_000;

const log = (message: string): void => {
  process.stderr.write(`bench:server: ${message}\n`);
};

/** Server on CPU 0, load on CPU 1, when taskset works: the two then do not take turns on one core. */
function pinning(): { server: string[]; note: string } {
  const probe = spawnSync('taskset', ['-c', '0', process.execPath, '-e', ''], { stdio: 'ignore' });
  if (probe.status !== 0) return { server: [], note: 'unpinned (taskset unavailable)' };
  spawnSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
  return { server: ['taskset', '-c', '0'], note: 'server on CPU 0, load on CPU 1' };
}

/** CPU seconds the process has used (user + system), from /proc: a figure other load does not inflate. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function startServer(prefix: readonly string[], db: string): Promise<{ url: URL; pid: number | undefined; stop: () => void }> {
  const [command, ...args] = [...prefix, process.execPath, CLI, 'serve', '--port', '0', '--db', db];
  const child = spawn(command as string, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve({ url: new URL(match[1] as string), pid: child.pid, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it started`)));
  });
}

interface Row {
  readonly name: string;
  readonly requests: number;
  readonly errors: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  /** Server CPU time per request, in microseconds. */
  readonly cpuMicros: number;
}

function summarise(name: string, result: LoadResult, cpu: number): Row {
  const sorted = Float64Array.from(result.latencies).sort();
  return {
    name,
    requests: result.requests,
    errors: result.errors,
    rate: result.requests / result.seconds,
    p50: percentileOfSorted(sorted as unknown as number[], 50),
    p99: percentileOfSorted(sorted as unknown as number[], 99),
    cpuMicros: (cpu * 1e6) / Math.max(1, result.requests),
  };
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'coc-bench-server-'));
  const pins = pinning();
  let server: { url: URL; pid: number | undefined; stop: () => void };
  try {
    server = await startServer(pins.server, join(dir, 'bench.db'));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const bodies = generateTasks(1, 2000).map(({ id: _id, ...input }) => JSON.stringify(input));
  const phase = async (name: string, path: string, method: 'GET' | 'POST'): Promise<Row> => {
    log(`${name} for ${seconds} s on ${connections} connections...`);
    const url = new URL(path, server.url);
    // A short warm-up so the JIT has seen the route before it is timed.
    await runLoad({ url, method, bodies, connections, seconds: 1, maxRequests: 5000 });
    const before = cpuSeconds(server.pid);
    const result = await runLoad({ url, method, bodies, connections, seconds, maxRequests: MAX_REQUESTS });
    return summarise(name, result, cpuSeconds(server.pid) - before);
  };
  const rows: Row[] = [];
  try {
    rows.push(await phase('GET /healthz (floor)', 'healthz', 'GET'));
    rows.push(await phase('POST /api/decide, not logged', 'api/decide?log=false', 'POST'));
    rows.push(await phase('POST /api/decide, logged', 'api/decide', 'POST'));
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const [floor, , logged] = rows as [Row, Row, Row];
  const passed = logged.rate >= TARGET_RATE && logged.p99 < TARGET_P99_MS && logged.errors === 0;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ seconds, connections, pinning: pins.note, rows, targets: { rate: TARGET_RATE, p99Ms: TARGET_P99_MS }, passed })}\n`);
  } else {
    const lines = [
      `| load (${seconds} s each, ${connections} connections, ${pins.note}) | requests | req/s | vs floor | p50 | p99 | server CPU per request | errors |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((row) => `| ${row.name} | ${row.requests} | ${Math.round(row.rate).toLocaleString('en-US')} | ${(row.rate / floor.rate).toFixed(2)}x | ${row.p50.toFixed(2)} ms | ${row.p99.toFixed(2)} ms | ${Math.round(row.cpuMicros)} µs | ${row.errors} |`),
      '',
      `load average during the run: ${loadavg().map((value) => value.toFixed(1)).join(' ')} on ${cpus().length} cores (figures shrink with it; CPU per request does not much)`,
      `target: logged decide >= ${TARGET_RATE.toLocaleString('en-US')}/s with p99 < ${TARGET_P99_MS} ms: ${passed ? 'met' : 'NOT met'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return values.check && !passed ? 1 : 0;
}

process.exitCode = await main();
