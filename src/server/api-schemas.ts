/**
 * The HTTP API's shapes beyond the contract's input and decision: query strings, records, pages,
 * stats and errors. Routes validate with them and `GET /api/openapi.json` is generated from them.
 */
import * as v from 'valibot';
import { ISSUE_CODES, RULE_IDS, SURFACES } from '../index.js';
import { MAX_LIST_LIMIT } from '../log/store.js';
import { DecisionInputSchema } from '../schema/input.js';
import { BatchDecisionLineSchema, BatchErrorLineSchema, DecisionSchema, LineIdSchema } from '../schema/output.js';
import { HTTP_ERROR_CODES } from './errors.js';

export const MAX_BATCH_ITEMS = 10_000;

export const ErrorsSchema = v.strictObject({
  errors: v.array(
    v.strictObject({
      field: v.string(),
      code: v.pipe(v.picklist([...ISSUE_CODES, ...HTTP_ERROR_CODES]), v.description('Stable: programs branch on it.')),
      message: v.pipe(v.string(), v.description('For people; the wording may change.')),
    }),
  ),
});

export const DecideResponseSchema = v.strictObject({
  id: v.optional(v.pipe(v.string(), v.description('The id of the stored record; absent when the server runs with --no-log.'))),
  ...DecisionSchema.entries,
});

/** A batch item: an input, plus an id carried to its answer; other keys are ignored as in the CLI. */
export const BatchItemSchema = v.looseObject({ id: v.optional(LineIdSchema), ...DecisionInputSchema.entries });

export const BatchRequestSchema = v.pipe(
  v.array(BatchItemSchema),
  v.maxLength(MAX_BATCH_ITEMS),
  v.description(`Up to ${MAX_BATCH_ITEMS} inputs; answered in order.`),
);

export const BatchResponseSchema = v.strictObject({
  results: v.pipe(
    v.array(
      v.union([
        v.strictObject({
          ...BatchDecisionLineSchema.entries,
          recordId: v.optional(v.pipe(v.string(), v.description('The id of the stored record.'))),
        }),
        BatchErrorLineSchema,
      ]),
    ),
    v.description('One per item, in order; a bad item gets { id?, line (its 1-based position), error }.'),
  ),
  answered: v.number(),
  failed: v.number(),
});

export const DecisionRecordSchema = v.strictObject({
  id: v.string(),
  time: v.pipe(v.string(), v.isoTimestamp(), v.description('When it was decided, UTC.')),
  input: DecisionInputSchema,
  decision: DecisionSchema,
  engineVersion: v.string(),
  knowledge: v.strictObject({ edition: v.string(), version: v.string() }),
  inputHash: v.pipe(v.string(), v.description('SHA-256 of the input with sorted keys.')),
});

export const ListResponseSchema = v.strictObject({
  records: v.pipe(v.array(DecisionRecordSchema), v.description('Newest first.')),
  nextCursor: v.optional(v.pipe(v.string(), v.description('Pass as `cursor` for the next page.'))),
});

const countBy = <T extends v.GenericSchema<string>>(key: T) => v.array(v.strictObject({ key, count: v.number() }));

export const StatsResponseSchema = v.strictObject({
  total: v.number(),
  bySurface: countBy(v.picklist(SURFACES)),
  byRule: v.pipe(countBy(v.string()), v.description('Most frequent first.')),
  byDay: v.pipe(countBy(v.string()), v.description('UTC days (YYYY-MM-DD), oldest first.')),
});

export const HealthSchema = v.strictObject({
  status: v.literal('ok'),
  version: v.string(),
  log: v.pipe(v.boolean(), v.description('Whether decisions are being logged.')),
  tokenRequired: v.boolean(),
});

const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** The query string of `GET /api/decisions`: all strings on the wire, each checked. */
export const ListQueryParams = {
  limit: v.pipe(v.string(), v.regex(/^\d{1,4}$/, `must be a whole number from 1 to ${MAX_LIST_LIMIT}`), v.description(`How many records, 1 to ${MAX_LIST_LIMIT} (default 50).`)),
  cursor: v.pipe(v.string(), v.regex(/^\d{1,15}$/, 'must be the nextCursor of a previous page'), v.description('The nextCursor of the previous page.')),
  surface: v.pipe(v.picklist(SURFACES, `must be one of ${SURFACES.join(', ')}`), v.description('Only decisions for this product.')),
  rule: v.pipe(v.picklist(RULE_IDS, 'must be a rule id of the contract'), v.description('Only decisions that give this rule as a reason.')),
  since: v.pipe(v.string(), v.regex(DATE_OR_TIME, 'must be a date (YYYY-MM-DD) or an ISO time'), v.description('Only decisions at or after this date or time (UTC unless it says).')),
  q: v.pipe(v.string(), v.maxLength(200, 'must be at most 200 characters'), v.description('Only decisions whose task text contains this, ignoring case.')),
} as const;

const optional = v.optional;
export const ListQuerySchema = v.strictObject(
  {
    limit: optional(ListQueryParams.limit),
    cursor: optional(ListQueryParams.cursor),
    surface: optional(ListQueryParams.surface),
    rule: optional(ListQueryParams.rule),
    since: optional(ListQueryParams.since),
    q: optional(ListQueryParams.q),
  },
  (issue) =>
  issue.expected === 'never' ? `unknown query parameter; allowed: ${Object.keys(ListQueryParams).join(', ')}` : 'is invalid',
);

/** The query string of `POST /api/decide`: `log=false` decides without storing (the page's previews). */
export const DecideQueryParams = {
  log: v.pipe(v.picklist(['true', 'false'], 'must be "true" or "false"'), v.description('false: decide without storing it (default true).')),
} as const;

export const DecideQuerySchema = v.strictObject({ log: v.optional(DecideQueryParams.log) }, (issue) =>
  issue.expected === 'never' ? 'unknown query parameter; allowed: log' : 'is invalid',
);
