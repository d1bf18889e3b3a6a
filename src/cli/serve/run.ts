/**
 * Runs `code-or-cowork serve`: opens the log, builds the app, opens the port, and waits for
 * Ctrl-C or a polite kill. Loaded only when the command runs (it pulls in hono and SQLite).
 */
import { EDITION_PACKS, EDITIONS, isEdition } from '../../index.js';
import { createMemoryStore } from '../../log/memory-store.js';
import type { DecisionStore } from '../../log/store.js';
import { defaultLogPath } from '../../node/data-dir.js';
import { organisationDecider, underRequest, withFlags } from '../../node/settings.js';
import { openSqliteStore } from '../../node/sqlite-store.js';
import { createApp } from '../../server/app.js';
import { loadPage } from '../../server/load-page.js';
import { isLoopback, startServer } from '../../server/serve.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { cliSettings } from '../settings.js';
import { UsageError } from '../usage-error.js';

export interface ServeFlags {
  readonly port: string;
  readonly host: string;
  readonly db?: string;
  readonly log: boolean;
  readonly token?: string;
  readonly knowledge?: string;
  readonly config?: string;
}

/**
 * @example await serveCommand({ port: '0', host: '127.0.0.1', log: false }, io) // 0, after SIGINT
 */
export async function serveCommand(flags: ServeFlags, io: CliIo): Promise<number> {
  const port = Number(flags.port);
  if (!/^\d{1,5}$/.test(flags.port) || port > 65_535) throw new UsageError('--port', `must be a port number from 0 to 65535 (got "${flags.port}")`);
  const token = flags.token ?? (io.env['CODE_OR_COWORK_TOKEN'] || undefined);
  const loopback = isLoopback(flags.host);
  if (!loopback && token === undefined) {
    throw new UsageError('--host', `${flags.host} is not a loopback address: set a token with --token or CODE_OR_COWORK_TOKEN first`);
  }
  if (flags.knowledge !== undefined && !isEdition(flags.knowledge)) {
    throw new UsageError('--knowledge', `must be one of ${EDITIONS.map((edition) => `"${edition}"`).join(', ')} (got ${JSON.stringify(flags.knowledge)})`);
  }
  // The policy file is read (and a bad one refused) before the log is opened or the port bound.
  const fromFile = await cliSettings(flags.config, io);
  const settings = flags.knowledge === undefined ? fromFile : withFlags(fromFile, { knowledge: flags.knowledge });
  const { engine } = organisationDecider(settings);
  const log = openLog(flags, io);
  const app = createApp({
    engine,
    // Laid under each request by the app itself, so the record stores the input as it was decided.
    layer: (raw) => underRequest(raw, settings),
    editions: EDITIONS.map((edition) => EDITION_PACKS[edition]),
    log,
    version: io.version,
    token,
    loopbackOnly: loopback,
    assets: loadPage(),
    report: (error) => io.stderr.write(`code-or-cowork serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
  const server = await startServer(app, { host: flags.host, port }).catch((error: NodeJS.ErrnoException) => {
    void log?.close();
    throw new UsageError('--port', error.code === 'EADDRINUSE' ? `${port} is already in use; pick another with --port` : error.message);
  });
  io.stdout.write(`code-or-cowork is running at ${server.url}\n`);
  if (settings.file) io.stdout.write(`organisation settings from ${settings.file.path}\n`);
  io.stdout.write(log ? `decisions are logged to ${flags.db ?? defaultLogPath(io.env)}\n` : 'decisions are not logged (--no-log)\n');
  await untilStopped();
  await server.close();
  await log?.close();
  return EXIT.ok;
}

function openLog(flags: ServeFlags, io: CliIo): DecisionStore | undefined {
  if (!flags.log) return undefined;
  const path = flags.db ?? defaultLogPath(io.env);
  try {
    return path === ':memory:' ? createMemoryStore() : openSqliteStore(path, { checkpoint: 'background' });
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
