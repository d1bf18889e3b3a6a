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

Decides with the organisation policy file (--config, CODE_OR_COWORK_CONFIG, or found walking
up from the working directory) under each request; a request's own context and policy win.
A bad file stops it before it opens the port (exit 2).

Bound to 127.0.0.1 by default. Bound to any other address it needs a token (--token or the
CODE_OR_COWORK_TOKEN environment variable), which every /api call must then send as
"Authorization: Bearer <token>".

Examples:
  $ code-or-cowork serve
  $ code-or-cowork serve --port 9000 --db ./decisions.db
  $ code-or-cowork serve --config ./code-or-cowork.config.yaml
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
    .option('--config <path>', 'the organisation policy file (default $CODE_OR_COWORK_CONFIG, or code-or-cowork.config.* found walking up from here)')
    .addHelpText('after', HELP)
    .action(async (flags: ServeFlags) => {
      const { serveCommand } = await import('../serve/run.js');
      // Like batch, it also takes --knowledge and --config before its name.
      const shared = program.opts<{ knowledge?: string; config?: string }>();
      const knowledge = flags.knowledge ?? shared.knowledge;
      const config = flags.config ?? shared.config;
      setStatus(await serveCommand({ ...flags, ...(knowledge !== undefined && { knowledge }), ...(config !== undefined && { config }) }, io));
    });
}

