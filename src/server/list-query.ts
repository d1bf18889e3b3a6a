/** `GET /api/decisions?limit&cursor&surface&rule&since&q` -> a store query, or coded errors. */
import * as v from 'valibot';
import type { Result, Surface } from '../index.js';
import { MAX_LIST_LIMIT } from '../log/store.js';
import type { ListQuery } from '../log/store.js';
import { toIsoTime } from '../log/time.js';
import { ListQuerySchema } from './api-schemas.js';
import type { ApiIssue } from './errors.js';

export const DEFAULT_LIST_LIMIT = 50;

/** Query-string problems as coded issues: an unknown parameter, or a value outside what it takes. */
export function queryIssues(issues: readonly v.BaseIssue<unknown>[]): ApiIssue[] {
  return issues.map((issue) => ({
    field: v.getDotPath(issue) ?? 'query',
    code: issue.expected === 'never' ? 'key.unknown' : 'value.not-allowed',
    message: issue.message,
  }));
}

/**
 * @example parseListQuery({ limit: '10', surface: 'code' }) // { ok: true, value: { limit: 10, surface: 'code' } }
 */
export function parseListQuery(raw: Record<string, string>): Result<ListQuery, readonly ApiIssue[]> {
  const parsed = v.safeParse(ListQuerySchema, raw);
  if (!parsed.success) return { ok: false, error: queryIssues(parsed.issues) };
  const { limit, cursor, surface, rule, since, q } = parsed.output;
  const count = limit === undefined ? DEFAULT_LIST_LIMIT : Number(limit);
  if (count < 1 || count > MAX_LIST_LIMIT) {
    return { ok: false, error: [{ field: 'limit', code: 'value.not-allowed', message: `must be a whole number from 1 to ${MAX_LIST_LIMIT}` }] };
  }
  const from = since === undefined ? undefined : toIsoTime(since);
  if (from === null) {
    return { ok: false, error: [{ field: 'since', code: 'value.not-allowed', message: 'is not a real date or time' }] };
  }
  return {
    ok: true,
    value: {
      limit: count,
      ...(cursor === undefined ? {} : { cursor }),
      ...(surface === undefined ? {} : { surface: surface as Surface }),
      ...(rule === undefined ? {} : { rule }),
      ...(from === undefined ? {} : { since: from }),
      ...(q === undefined || q === '' ? {} : { q }),
    },
  };
}
