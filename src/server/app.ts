/**
 * The HTTP app as a function of its dependencies (hono): `createApp(deps)` returns the app,
 * `serve.ts` alone opens a port, and tests call `app.request()`.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AppDeps } from './deps.js';
import { failure, sendFailure } from './errors.js';
import { createLogWriter } from './log-writer.js';
import type { LogWriter } from './log-writer.js';
import { buildOpenApi } from './openapi.js';
import { servePage } from './page.js';
import { HEALTH_ROUTE, healthOf, ROUTES } from './routes.js';
import { loopbackHostsOnly, requireToken, securityHeaders } from './security.js';

/**
 * @example const app = createApp({ engine: createEngine(), log: createMemoryStore(), version: '0.1.0' });
 * await app.request('/api/decide', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Deploy it"}' })
 */
export function createApp(deps: AppDeps): Hono {
  const writer: LogWriter = deps.log ? createLogWriter(deps.log) : { write: () => Promise.resolve() };
  const full = { ...deps, clock: deps.clock ?? (() => new Date()), newId: deps.newId ?? randomUUID, writer };
  const app = new Hono();
  app.use('*', securityHeaders);
  if (deps.loopbackOnly) app.use('*', loopbackHostsOnly);
  if (deps.token !== undefined) app.use('/api/*', requireToken(deps.token));

  app.get(HEALTH_ROUTE.path, (c) => c.json(healthOf(deps)));
  const openapi = buildOpenApi(deps.version);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  for (const route of ROUTES) app.on(route.method.toUpperCase(), route.path, (c) => route.handle(c, full));

  // A known path asked with another method: 405 naming the methods it takes.
  const allowed = new Map<string, string[]>([['/api/openapi.json', ['GET']], [HEALTH_ROUTE.path, ['GET']]]);
  for (const route of ROUTES) allowed.set(route.path, [...(allowed.get(route.path) ?? []), route.method.toUpperCase()]);
  for (const [path, methods] of allowed) {
    app.all(path, (c) => {
      c.header('Allow', methods.join(', '));
      return sendFailure(c, failure(405, 'method', 'method.not-allowed', `${c.req.method} is not allowed here; use ${methods.join(' or ')}`));
    });
  }

  servePage(app, deps.assets);
  app.notFound((c) => sendFailure(c, failure(404, 'path', 'route.not-found', `nothing at ${c.req.method} ${c.req.path}`)));
  // Never a stack trace to a client; the entry logs it.
  app.onError((error, c) => {
    deps.report?.(error);
    return sendFailure(c, failure(500, 'request', 'server.internal', 'the server failed on this request'));
  });
  return app;
}
