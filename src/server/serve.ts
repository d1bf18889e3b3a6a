/** The one place that opens a port: serves an app until closed. */
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { isIP } from 'node:net';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787/` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Resolves once the port is open (port 0 picks a free one).
 * @example const server = await startServer(app, { host: '127.0.0.1', port: 0 }); server.url
 */
export function startServer(app: Hono, options: { readonly host: string; readonly port: number }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      server.off('error', reject);
      const host = isIP(options.host) === 6 ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Idle keep-alive connections would hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/**
 * Loopback addresses need no token: 127.0.0.0/8, ::1 and localhost.
 * @example isLoopback('127.0.0.1') // true
 * @example isLoopback('0.0.0.0') // false
 */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
