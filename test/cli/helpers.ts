/** Runs the built `code-or-cowork` binary, or `run()` on in-memory streams, and collects what it wrote. */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
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

/** Fails with a clear message when dist/ is older than src/: these tests run the built binary. */
export function assertBuilt(): void {
  const built = statSync(BIN, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) throw new Error(`${BIN} is missing: run npm run build first (npm test does)`);
  const newest = newestMtime(join(ROOT, 'src'));
  if (newest > built) throw new Error('dist/ is older than src/: run npm run build first (npm test does)');
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
}

/** Calls `run()` in-process with in-memory streams: fast, and no build needed. */
export async function runInMemory(args: readonly string[], options: MemoryOptions = {}): Promise<CliResult> {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinIsTTY ?? false });
  const stdout = Object.assign(new PassThrough(), { isTTY: options.stdoutIsTTY ?? false });
  const stderr = new PassThrough();
  stdin.end(options.stdin ?? '');
  const io: CliIo = { stdin, stdout, stderr, env: options.env ?? {}, version: '9.9.9' };
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
