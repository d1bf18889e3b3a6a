/**
 * Registers `code-or-cowork serve`: the web page, the HTTP API and the decision log, on one port.
 * Bound to anything but loopback it refuses to start without a token.
 */
import type { Command } from 'commander';
import { EDITIONS } from '../../index.js';
import { defaultLogPath } from '../../node/data-dir.js';
import type { CliIo } from '../io.js';
import type { ServeFlags } from '../serve/run.js';

const HELP = `
Opens the web page and the HTTP API (POST /api/decide, /api/batch, GET /api/decisions, ...;
the full description at /api/openapi.json) and logs every decision to SQLite.

Bound to 127.0.0.1 by default. Bound to any other address it needs a token (--token or the
CODE_OR_COWORK_TOKEN environment variable), which every /api call must then send as
"Authorization: Bearer <token>".

Examples:
  $ code-or-cowork serve
  $ code-or-cowork serve --port 9000 --db ./decisions.db
  $ CODE_OR_COWORK_TOKEN=s3cret code-or-cowork serve --host 0.0.0.0`;

/** Adds `serve` to the program. */
export function registerServe(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  program
    .command('serve')
    .description('start the web page and HTTP API, logging decisions')
    .helpOption('-h, --help', 'show this help')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8787')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--db <path>', `the decision log file (default ${defaultLogPath(io.env)})`)
    .option('--no-log', 'log nothing: decisions are answered and forgotten')
    .option('--token <token>', 'require this bearer token on /api calls (default $CODE_OR_COWORK_TOKEN)')
    .option('--knowledge <edition>', `the edition to decide with when a request names none: ${EDITIONS.join(' | ')} (default guide)`)
    .addHelpText('after', HELP)
    .action(async (flags: ServeFlags) => {
      const { serveCommand } = await import('../serve/run.js');
      setStatus(await serveCommand(flags, io));
    });
}

