/** The history: `GET /api/decisions`, `GET|DELETE /api/decisions/:id`, `GET /api/stats`. */
import type { Context } from 'hono';
import type { DecisionStore } from '../../log/store.js';
import { failure, sendFailure } from '../errors.js';
import { parseListQuery } from '../list-query.js';

const noLog = failure(404, 'log', 'log.disabled', 'the server runs with --no-log: nothing is stored');
const notFound = (id: string) => failure(404, 'id', 'record.not-found', `no stored decision has the id ${JSON.stringify(id)}`);

export function listRoute(c: Context, log: DecisionStore | undefined): Response {
  if (!log) return sendFailure(c, noLog);
  const query = parseListQuery(c.req.query());
  if (!query.ok) return c.json({ errors: query.error }, 400);
  return c.json(log.list(query.value));
}

export function getRoute(c: Context, log: DecisionStore | undefined): Response {
  if (!log) return sendFailure(c, noLog);
  const id = c.req.param('id') ?? '';
  const record = log.get(id);
  return record ? c.json(record) : sendFailure(c, notFound(id));
}

export function deleteRoute(c: Context, log: DecisionStore | undefined): Response {
  if (!log) return sendFailure(c, noLog);
  const id = c.req.param('id') ?? '';
  return log.remove(id) ? c.body(null, 204) : sendFailure(c, notFound(id));
}

export function statsRoute(c: Context, log: DecisionStore | undefined): Response {
  if (!log) return sendFailure(c, noLog);
  return c.json(log.stats());
}
