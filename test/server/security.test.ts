import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, tokensMatch } from '../../src/server/security.js';
import { errorsOf, testApp } from './helpers.js';

describe('security headers', () => {
  it.each(['/healthz', '/api/stats', '/', '/api/nothing'])('%s carries a strict CSP and the other headers', async (path) => {
    const response = await testApp().request(path);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('allows no inline script or style and nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'self'");
  });
});

describe('bearer token', () => {
  const app = testApp({ token: 's3cret-token' });

  it.each([
    ['no Authorization header', {}, 401, 'auth.token-missing'],
    ['a wrong token', { authorization: 'Bearer nope' }, 401, 'auth.token-wrong'],
    ['a token of another length', { authorization: 'Bearer s3cret-token-and-more' }, 401, 'auth.token-wrong'],
    ['basic auth', { authorization: 'Basic czNjcmV0' }, 401, 'auth.token-missing'],
  ])('refuses /api with %s', async (_what, headers, status, code) => {
    const response = await app.post('/api/decide', { text: 'Deploy it' }, headers);
    expect(response.status).toBe(status);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await errorsOf(response)).toEqual([{ field: 'authorization', code }]);
    expect(app.log.stats().total).toBe(0);
  });

  it('accepts the right token', async () => {
    const response = await app.post('/api/decide', { text: 'Deploy it' }, { authorization: 'Bearer s3cret-token' });
    expect(response.status).toBe(200);
  });

  it.each(['/healthz', '/'])('does not guard %s', async (path) => {
    expect((await app.request(path)).status).not.toBe(401);
  });

  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['', 'abc', false],
  ])('tokensMatch(%j, %j) is %s', (given, expected, same) => {
    expect(tokensMatch(given, expected)).toBe(same);
  });
});

describe('loopback host check', () => {
  const app = testApp({ loopbackOnly: true });
  it.each([
    ['localhost:8787', 200],
    ['127.0.0.1:8787', 200],
    ['[::1]:8787', 200],
    ['evil.example:8787', 403],
  ])('Host %s -> %i', async (host, status) => {
    const response = await app.request('http://x/healthz', { headers: { host } });
    expect(response.status).toBe(status);
  });
});
