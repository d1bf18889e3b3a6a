/**
 * Response headers every answer carries, the bearer-token check for `/api`, and the Host check
 * that keeps a loopback-only server from being reached through a rebound DNS name.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { failure, sendFailure } from './errors.js';

/** No inline scripts or styles, nothing from elsewhere, no framing by other sites. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const HEADER_ENTRIES = Object.entries(SECURITY_HEADERS);

/**
 * Set before the route runs, so they ride on the response as it is made: touching `c.res.headers`
 * afterwards would force @hono/node-server off its fast path for every answer.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of HEADER_ENTRIES) c.header(name, value);
  await next();
};

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Compares in constant time: both sides are hashed first, so neither length nor content leaks.
 * @example tokensMatch('s3cret', 's3cret') // true
 */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Requires `Authorization: Bearer <token>`. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S.*)$/i.exec(header);
    if (!match) {
      c.header('WWW-Authenticate', 'Bearer');
      return sendFailure(c, failure(401, 'authorization', 'auth.token-missing', 'send the server token as "Authorization: Bearer <token>"'));
    }
    if (!tokensMatch(match[1] as string, token)) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      return sendFailure(c, failure(401, 'authorization', 'auth.token-wrong', 'the token does not match the server token'));
    }
    await next();
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A loopback-only server answers only to loopback names, so a page elsewhere cannot rebind a name to it. */
export const loopbackHostsOnly: MiddlewareHandler = async (c, next) => {
  const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
  if (!LOOPBACK_HOSTS.has(host) && !host.endsWith('.localhost')) {
    return sendFailure(c, failure(403, 'host', 'host.not-allowed', 'this server answers only to localhost'));
  }
  await next();
};
