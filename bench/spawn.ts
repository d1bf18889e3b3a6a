/**
 * Runs one Node child the way the bench needs: stdin from a file, stdout to a file or counted,
 * optionally pinned to one core, with its peak RSS reported by a tiny preload (rss-reporter.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPORTER = fileURLToPath(new URL('./rss-reporter.mjs', import.meta.url));

/** How children are pinned: a command prefix, or none with the reason why. */
export interface Pinning {
  readonly prefix: readonly string[];
  readonly note: string;
}

/** Pins to CPU 0 with `taskset -c 0` when that works here; otherwise runs unpinned and says so. */
export function detectPinning(): Pinning {
  const probe = spawnSync('taskset', ['-c', '0', process.execPath, '-e', ''], { stdio: 'ignore' });
  if (probe.error === undefined && probe.status === 0) return { prefix: ['taskset', '-c', '0'], note: 'taskset -c 0' };
  const why = probe.error ? `taskset unavailable (${probe.error.message})` : `taskset -c 0 exited ${probe.status}`;
  return { prefix: [], note: `not pinned: ${why}` };
}

export interface ChildOptions {
  /** Arguments after the node executable, e.g. ['dist/cli/main.js', 'batch']. */
  readonly args: readonly string[];
  readonly stdinPath?: string;
  /** A file to write stdout to; without it, stdout is drained through a pipe and its lines counted. */
  readonly stdoutPath?: string;
  readonly pinning?: Pinning;
  /** Preload the RSS reporter; needs a scratch directory for its report file. */
  readonly rssDir?: string;
  readonly timeoutMs?: number;
}

export interface ChildRun {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Peak resident set size in KiB, when the reporter ran. */
  readonly maxRssKb: number | undefined;
  /** CPU time the child used (user + system), when the reporter ran. */
  readonly cpuMs: number | undefined;
  /** Lines read back from stdout, when it was piped. */
  readonly stdoutLines: number | undefined;
  /** The first bytes of stdout, when it was piped (for checks). */
  readonly stdoutHead: string;
  readonly stderr: string;
}

const HEAD_LIMIT = 4096;

function childEnv(rssFile: string | undefined): NodeJS.ProcessEnv {
  // The bench itself runs under a TypeScript loader; children must start as plain Node.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  if (rssFile !== undefined) env.BENCH_RSS_FILE = rssFile;
  return env;
}

/** The reporter's "maxRssKb cpuMicroseconds" line; either is undefined when missing. */
function readReport(file: string | undefined): { maxRssKb: number | undefined; cpuMs: number | undefined } {
  if (file === undefined) return { maxRssKb: undefined, cpuMs: undefined };
  const positive = (value: number): number | undefined => (Number.isFinite(value) && value > 0 ? value : undefined);
  try {
    const [rss = Number.NaN, cpu = Number.NaN] = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
    const cpuUs = positive(cpu);
    return { maxRssKb: positive(rss), cpuMs: cpuUs === undefined ? undefined : cpuUs / 1_000 };
  } catch {
    return { maxRssKb: undefined, cpuMs: undefined };
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Spawns `node ...args` and resolves when it has exited and its output is drained.
 * @example await runChild({ args: ['-e', ''] }) // { wallMs: 41.2, exitCode: 0, ... }
 */
export function runChild(options: ChildOptions): Promise<ChildRun> {
  const rssFile = options.rssDir === undefined ? undefined : join(options.rssDir, `rss-${process.hrtime.bigint()}.txt`);
  const nodeArgs = rssFile === undefined ? options.args : ['--import', pathToFileURL(REPORTER).href, ...options.args];
  const [command = process.execPath, ...prefixArgs] = [...(options.pinning?.prefix ?? []), process.execPath];
  const stdin = options.stdinPath === undefined ? 'ignore' : openSync(options.stdinPath, 'r');
  const stdout = options.stdoutPath === undefined ? 'pipe' : openSync(options.stdoutPath, 'w');
  const closeFds = (): void => {
    if (typeof stdin === 'number') closeSync(stdin);
    if (typeof stdout === 'number') closeSync(stdout);
  };

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, [...prefixArgs, ...nodeArgs], {
      stdio: [stdin, stdout, 'pipe'],
      env: childEnv(rssFile),
      timeout: options.timeoutMs ?? 120_000,
    });
    // The child holds its own copies of the file descriptors from here on.
    closeFds();
    let stderr = '';
    let head = '';
    let newlines = 0;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (stderr.length < HEAD_LIMIT) stderr += chunk;
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (head.length < HEAD_LIMIT) head += chunk.toString('utf8', 0, Math.min(chunk.length, HEAD_LIMIT));
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) newlines += 1;
    });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      const wallMs = performance.now() - started;
      resolve({
        wallMs,
        exitCode,
        signal,
        ...readReport(rssFile),
        stdoutLines: child.stdout ? newlines : undefined,
        stdoutHead: head,
        stderr: stderr.slice(0, HEAD_LIMIT),
      });
    });
  });
}

/** A one-line description of how a child failed, for the report. */
export function describeFailure(run: ChildRun): string {
  const how = run.signal === null ? `exited ${run.exitCode}` : `was killed by ${run.signal}`;
  const detail = run.stderr.trim().split('\n')[0] ?? '';
  return detail.length > 0 ? `${how}: ${detail}` : how;
}
