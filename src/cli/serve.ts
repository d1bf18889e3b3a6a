/**
 * `code-or-cowork serve`: the web page, the HTTP API and the decision log, on one port.
 * Bound to anything but loopback it refuses to start without a token.
 */
import type { Command } from 'commander';
import { createEngine } from '../index.js';
import { createMemoryStore } from '../log/memory-store.js';
import type { DecisionStore } from '../log/store.js';
import { defaultLogPath } from '../node/data-dir.js';
import { openSqliteStore } from '../node/sqlite-store.js';
import { createApp } from '../server/app.js';
import { loadPage } from '../server/load-page.js';
import { isLoopback, startServer } from '../server/serve.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { UsageError } from './usage-error.js';

interface ServeFlags {
  readonly port: string;
  readonly host: string;
  readonly db?: string;
  readonly log: boolean;
  readonly token?: string;
}

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
    .addHelpText('after', HELP)
    .action(async (flags: ServeFlags) => {
      setStatus(await serveCommand(flags, io));
    });
}

async function serveCommand(flags: ServeFlags, io: CliIo): Promise<number> {
  const port = Number(flags.port);
  if (!/^\d{1,5}$/.test(flags.port) || port > 65_535) throw new UsageError('--port', `must be a port number from 0 to 65535 (got "${flags.port}")`);
  const token = flags.token ?? (io.env['CODE_OR_COWORK_TOKEN'] || undefined);
  const loopback = isLoopback(flags.host);
  if (!loopback && token === undefined) {
    throw new UsageError('--host', `${flags.host} is not a loopback address: set a token with --token or CODE_OR_COWORK_TOKEN first`);
  }
  const log = openLog(flags, io);
  const app = createApp({
    engine: createEngine(),
    log,
    version: io.version,
    token,
    loopbackOnly: loopback,
    assets: loadPage(),
    report: (error) => io.stderr.write(`code-or-cowork serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
  const server = await startServer(app, { host: flags.host, port }).catch((error: NodeJS.ErrnoException) => {
    log?.close();
    throw new UsageError('--port', error.code === 'EADDRINUSE' ? `${port} is already in use; pick another with --port` : error.message);
  });
  io.stdout.write(`code-or-cowork is running at ${server.url}\n`);
  io.stdout.write(log ? `decisions are logged to ${flags.db ?? defaultLogPath(io.env)}\n` : 'decisions are not logged (--no-log)\n');
  await untilStopped();
  await server.close();
  log?.close();
  return EXIT.ok;
}

function openLog(flags: ServeFlags, io: CliIo): DecisionStore | undefined {
  if (!flags.log) return undefined;
  const path = flags.db ?? defaultLogPath(io.env);
  try {
    return path === ':memory:' ? createMemoryStore() : openSqliteStore(path);
  } catch (error) {
    throw new UsageError('--db', `cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Ctrl-C or a polite kill stops the server cleanly (the log is closed, nothing half-written). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
