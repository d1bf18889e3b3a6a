/**
 * Every error the HTTP API answers with: `{ "errors": [{ field, code, message }] }`.
 * Input problems carry the contract's codes; problems with the request itself carry these.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { IssueCode } from '../index.js';

export const HTTP_ERROR_CODES = [
  'route.not-found',
  'method.not-allowed',
  'body.too-large',
  'body.wrong-type',
  'batch.too-many',
  'auth.token-missing',
  'auth.token-wrong',
  'host.not-allowed',
  'record.not-found',
  'log.disabled',
  'server.internal',
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

export interface ApiIssue {
  readonly field: string;
  readonly code: IssueCode | HttpErrorCode;
  readonly message: string;
}

/** A failed request: the status and what to tell the client. */
export interface Failure {
  readonly status: ContentfulStatusCode;
  readonly errors: readonly ApiIssue[];
}

/**
 * @example failure(404, 'id', 'record.not-found', 'no decision with this id') // { status: 404, errors: [...] }
 */
export function failure(status: ContentfulStatusCode, field: string, code: ApiIssue['code'], message: string): Failure {
  return { status, errors: [{ field, code, message }] };
}

/** Sends a failure as JSON. */
export function sendFailure(c: Context, { status, errors }: Failure): Response {
  return c.json({ errors }, status);
}
