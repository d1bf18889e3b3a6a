/** Runs the built `code-or-cowork` binary, or `run()` on in-memory streams, and collects what it wrote. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'dist/cli/main.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  /** Written to stdin, which is then closed; stdin is an empty pipe when omitted. */
  readonly input?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** The environment minus anything that would change colour, so answers are stable. */
function cleanEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  return { ...env, ...extra };
}

/** Spawns `node dist/cli/main.js ...args` and resolves when it exits (killed after 10 s). */
export function runBin(args: readonly string[], options: SpawnOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(options.env), timeout: 10_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading stdin
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Builds dist/ when it is missing or older than src/: these tests run the built binary.
 * Test files run in parallel workers, so one builds under a lock directory and the others wait.
 */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  const lock = join(ROOT, 'node_modules/.code-or-cowork-build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} has been held for 2 minutes: remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isBuilt()) {
      // What `npm run build` ships for the binary: tsc's output, then the bundled CLI over its main.js
      // (tsc alone would leave the unbundled main.js, which the package never runs).
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
      const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
      execFileSync(process.execPath, [vite, 'build', '--config', 'scripts/cli.vite.config.ts'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
    }
  } finally {
    rmdirSync(lock);
  }
}

function isBuilt(): boolean {
  const built = statSync(BIN, { throwIfNoEntry: false })?.mtimeMs;
  return built !== undefined && built >= newestMtime(join(ROOT, 'src'));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface MemoryOptions {
  readonly stdin?: string;
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  /** Where the search for a policy file starts (the process's working directory by default). */
  readonly cwd?: string;
}

/** Calls `run()` in-process with in-memory streams: fast, and no build needed. */
export async function runInMemory(args: readonly string[], options: MemoryOptions = {}): Promise<CliResult> {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinIsTTY ?? false });
  const stdout = Object.assign(new PassThrough(), { isTTY: options.stdoutIsTTY ?? false });
  const stderr = new PassThrough();
  stdin.end(options.stdin ?? '');
  const io: CliIo = { stdin, stdout, stderr, env: options.env ?? {}, version: '9.9.9', ...(options.cwd !== undefined && { cwd: options.cwd }) };
  // Read while it runs: batch waits for 'drain' when nobody reads.
  const written = Promise.all([text(stdout), text(stderr)]);
  const status = await run(args, io);
  stdout.end();
  stderr.end();
  const [out, err] = await written;
  return { status, stdout: out, stderr: err };
}

async function text(stream: PassThrough): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

/** The rule ids of a decision, in order. */
export function rulesOf(decision: { reasons: readonly { rule: string }[] }): string[] {
  return decision.reasons.map((reason) => reason.rule);
}
