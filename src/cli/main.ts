#!/usr/bin/env node
/** The `code-or-cowork` binary: hands the process's argv, environment and streams to `run`. */
import { readFileSync } from 'node:fs';
import { EXIT } from './io.js';
import { run } from './program.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    version,
  });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
    // The reader went away (e.g. `| head`): nothing left to say to it.
    process.exitCode = EXIT.ok;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`code-or-cowork: internal error: ${message}\n`);
    process.exitCode = EXIT.internal;
  }
}
