/**
 * The API as data: each route's method, path, what it takes and answers, and its handler.
 * The app registers these and `GET /api/openapi.json` describes these, so the two cannot drift.
 */
import type { Context } from 'hono';
import type { GenericSchema } from 'valibot';
import { DecisionInputSchema } from '../schema/input.js';
import { KnowledgePackSchema } from '../schema/knowledge.js';
import * as v from 'valibot';
import {
  BatchRequestSchema,
  BatchResponseSchema,
  DecideQueryParams,
  DecideResponseSchema,
  DecisionRecordSchema,
  HealthSchema,
  ListQueryParams,
  ListResponseSchema,
  StatsResponseSchema,
} from './api-schemas.js';
import type { AppDeps } from './deps.js';
import { batchRoute, decideRoute } from './routes/decide.js';
import type { DecideDeps } from './routes/decide.js';
import { deleteRoute, getRoute, listRoute, statsRoute } from './routes/decisions.js';
import { handoffRoute } from './routes/handoff.js';
import { HandoffRequestSchema, HandoffSchema } from '../schema/handoff.js';

export type Method = 'get' | 'post' | 'delete';

export interface Route {
  readonly method: Method;
  /** Hono's path syntax (`:id`). */
  readonly path: string;
  readonly summary: string;
  readonly body?: GenericSchema;
  readonly query?: Readonly<Record<string, GenericSchema>>;
  /** Status -> the schema of the JSON answer (`null`: no body). Error answers are added for every route. */
  readonly ok: { readonly status: 200 | 204; readonly schema: GenericSchema | null };
  /** Under /api: needs the token when one is set. */
  readonly handle: (c: Context, deps: DecideDeps) => Response | Promise<Response>;
}

export const KnowledgeResponseSchema = v.strictObject({
  default: v.pipe(v.string(), v.description('The edition used when the input names none.')),
  editions: v.array(KnowledgePackSchema),
});

export const ROUTES: readonly Route[] = [
  {
    method: 'post',
    path: '/api/decide',
    summary: 'Decide one task; the decision is logged and its record id returned.',
    body: DecisionInputSchema,
    query: DecideQueryParams,
    ok: { status: 200, schema: DecideResponseSchema },
    handle: decideRoute,
  },
  {
    method: 'post',
    path: '/api/batch',
    summary: 'Decide up to 10,000 tasks, in order; a bad item gets an error in its place.',
    body: BatchRequestSchema,
    ok: { status: 200, schema: BatchResponseSchema },
    handle: batchRoute,
  },
  {
    method: 'post',
    path: '/api/handoff',
    summary: 'Decide one task and write its next steps: a claude -p command, a GitHub Actions workflow file or a Cowork brief. Not logged.',
    body: HandoffRequestSchema,
    ok: { status: 200, schema: HandoffSchema },
    handle: handoffRoute,
  },
  {
    method: 'get',
    path: '/api/decisions',
    summary: 'Logged decisions, newest first, filtered and paged.',
    query: ListQueryParams,
    ok: { status: 200, schema: ListResponseSchema },
    handle: (c, deps) => listRoute(c, deps.log),
  },
  {
    method: 'get',
    path: '/api/decisions/:id',
    summary: 'One logged decision.',
    ok: { status: 200, schema: DecisionRecordSchema },
    handle: (c, deps) => getRoute(c, deps.log),
  },
  {
    method: 'delete',
    path: '/api/decisions/:id',
    summary: 'Remove one logged decision.',
    ok: { status: 204, schema: null },
    handle: (c, deps) => deleteRoute(c, deps.log),
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts of logged decisions by product, rule and day.',
    ok: { status: 200, schema: StatsResponseSchema },
    handle: (c, deps) => statsRoute(c, deps.log),
  },
  {
    method: 'get',
    path: '/api/knowledge',
    summary: 'The knowledge editions: facts with dates and sources, rules, caveats, questions.',
    ok: { status: 200, schema: KnowledgeResponseSchema },
    handle: (c, deps) => c.json({ default: deps.engine.knowledge.edition, editions: deps.editions ?? [deps.engine.knowledge] }),
  },
];

/** Answered outside /api and without a token, so monitors need no secret. */
export const HEALTH_ROUTE = { path: '/healthz', summary: 'Is the server up?', schema: HealthSchema } as const;

export function healthOf(deps: AppDeps): v.InferOutput<typeof HealthSchema> {
  return { status: 'ok', version: deps.version, log: deps.log !== undefined, tokenRequired: deps.token !== undefined };
}
