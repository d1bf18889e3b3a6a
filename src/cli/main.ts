#!/usr/bin/env node
/** The `code-or-cowork` binary: hands the process's argv, environment and streams to `run`. */
import { readFileSync } from 'node:fs';
import { EXIT } from './io.js';
import { run } from './program.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** A reader that goes away (`| head`) is not a failure; anything else is. */
function fail(error: unknown): void {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`code-or-cowork: internal error: ${message}\n`);
  process.exitCode = EXIT.internal;
}

process.stdout.on('error', fail);

try {
  const status = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    version,
    cwd: process.cwd(),
  });
  process.exitCode ??= status;
} catch (error) {
  fail(error);
}
