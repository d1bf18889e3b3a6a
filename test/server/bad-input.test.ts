/** Bad input of every kind: the right status, a coded error, and nothing stored. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { errorsOf, testApp } from './helpers.js';

const JSON_TYPE = { 'content-type': 'application/json' };

describe('bad input to POST /api/decide', () => {
  it.each([
    ['missing text', JSON_TYPE, '{}', 400, [{ field: 'text', code: 'text.missing' }]],
    ['empty text', JSON_TYPE, '{"text":"  "}', 400, [{ field: 'text', code: 'text.empty' }]],
    ['text too long', JSON_TYPE, JSON.stringify({ text: 'a'.repeat(20_001) }), 400, [{ field: 'text', code: 'text.too-long' }]],
    ['an unknown field', JSON_TYPE, '{"text":"x","urgent":true}', 400, [{ field: 'urgent', code: 'key.unknown' }]],
    ['an unknown context key', JSON_TYPE, '{"text":"x","context":{"boss":1}}', 400, [{ field: 'context.boss', code: 'key.unknown' }]],
    ['a value outside its set', JSON_TYPE, '{"text":"x","context":{"operator":"boss"}}', 400, [{ field: 'context.operator', code: 'value.not-allowed' }]],
    ['a value of the wrong type', JSON_TYPE, '{"text":"x","context":{"scheduled":"yes"}}', 400, [{ field: 'context.scheduled', code: 'value.wrong-type' }]],
    ['not an object', JSON_TYPE, '[1,2]', 400, [{ field: 'input', code: 'input.not-object' }]],
    ['bad JSON', JSON_TYPE, '{"text": "x"', 400, [{ field: 'input', code: 'input.not-json' }]],
    ['an empty body', JSON_TYPE, '', 400, [{ field: 'input', code: 'input.not-json' }]],
    ['a body that is not JSON', { 'content-type': 'text/plain' }, '{"text":"x"}', 415, [{ field: 'content-type', code: 'body.wrong-type' }]],
    ['no content type', {}, '{"text":"x"}', 415, [{ field: 'content-type', code: 'body.wrong-type' }]],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 'text=x', 415, [{ field: 'content-type', code: 'body.wrong-type' }]],
    ['a body over 1 MiB', JSON_TYPE, JSON.stringify({ text: 'a'.repeat(1024 * 1024) }), 413, [{ field: 'body', code: 'body.too-large' }]],
  ])('%s', async (_what, headers, body, status, errors) => {
    const app = testApp();
    const response = await app.request('/api/decide', { method: 'POST', headers, body });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await errorsOf(response)).toEqual(errors);
    expect(app.log.stats().total).toBe(0);
  });

  it('counts the bytes it reads, not the Content-Length it is told', async () => {
    const app = testApp();
    const big = JSON.stringify({ text: 'a'.repeat(1024 * 1024) });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const response = await app.request('/api/decide', { method: 'POST', headers: JSON_TYPE, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe('routes and methods', () => {
  it.each([
    ['GET', '/api/decide', 405, 'method.not-allowed', 'POST'],
    ['PUT', '/api/decisions/x', 405, 'method.not-allowed', 'GET, DELETE'],
    ['POST', '/api/stats', 405, 'method.not-allowed', 'GET'],
    ['GET', '/api/nothing', 404, 'route.not-found', null],
    ['GET', '/nothing', 404, 'route.not-found', null],
  ])('%s %s -> %i', async (method, path, status, code, allow) => {
    const response = await testApp().request(path, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe(allow);
    expect((await errorsOf(response))[0]?.code).toBe(code);
  });

  it('answers a failure inside a route with a coded 500 and no stack trace', async () => {
    const reported: unknown[] = [];
    const app = testApp({
      engine: {
        ...createEngine(),
        safeDecide: () => {
          throw new Error('boom at a secret place');
        },
      },
      report: (error) => reported.push(error),
    });
    const response = await app.post('/api/decide', { text: 'x' });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ field: 'request', code: 'server.internal', message: 'the server failed on this request' }] });
    expect(text).not.toContain('secret');
    expect(reported).toHaveLength(1);
  });
});
