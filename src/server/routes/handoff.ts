/**
 * `POST /api/handoff`: the decision and its next steps. Not logged: the page decides through
 * `/api/decide` (which logs) and asks for the steps of that answer here.
 */
import type { Context } from 'hono';
import { answerHandoffRequest } from '../../index.js';
import { readJsonBody } from '../body.js';
import { sendFailure } from '../errors.js';
import type { DecideDeps } from './decide.js';

const HOW_TO_CHANGE_ZONE = 'send "timeZone" in the request, e.g. "Europe/Berlin"';

export async function handoffRoute(c: Context, deps: DecideDeps): Promise<Response> {
  const body = await readJsonBody(c);
  if (!body.ok) return sendFailure(c, body.error);
  const result = answerHandoffRequest(deps.engine, body.value, deps.clock(), HOW_TO_CHANGE_ZONE);
  if (!result.ok) return c.json({ errors: result.error }, 400);
  return c.json(result.value);
}
