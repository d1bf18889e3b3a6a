#!/usr/bin/env node
/** The `code-or-cowork` binary: hands the process's argv, environment and streams to `run`. */
import { readFileSync } from 'node:fs';
import { EXIT } from './io.js';
import { run } from './program.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

let reported = false;

/**
 * One line on standard error, however many places see the failure. A reader that goes away
 * (`| head`) is not a failure; a write that fails (a full disk, /dev/full) exits with
 * EXIT.outputFailed; anything else is a bug (EXIT.internal).
 */
function fail(error: unknown, writing = false): void {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE' || reported) return;
  reported = true;
  const message = error instanceof Error ? error.message : String(error);
  const output = writing || (code !== undefined && OUTPUT_ERRORS.has(code));
  process.stderr.write(output ? `code-or-cowork: cannot write the output: ${message}\n` : `code-or-cowork: internal error: ${message}\n`);
  process.exitCode = output ? EXIT.outputFailed : EXIT.internal;
}

/** Error codes of a failed write to standard output. */
const OUTPUT_ERRORS = new Set(['ENOSPC', 'EIO', 'EBADF', 'EDQUOT', 'EFBIG', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

process.stdout.on('error', (error) => fail(error, true));

try {
  const status = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    version,
    cwd: process.cwd(),
  });
  if (!reported) process.exitCode = status;
} catch (error) {
  fail(error);
}
