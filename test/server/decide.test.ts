import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { BatchResponseSchema, DecideResponseSchema } from '../../src/server/api-schemas.js';
import { errorsOf, FIXED_TIME, testApp } from './helpers.js';

const engine = createEngine();

describe('POST /api/decide', () => {
  it('answers the decision plus the id of the record it stored', async () => {
    const app = testApp();
    const input = { text: 'Refactor the payments module and run the tests', policy: { plan: 'team' } };
    const response = await app.post('/api/decide', input);
    expect(response.status).toBe(200);
    const body = v.parse(DecideResponseSchema, await response.json());
    expect(body).toEqual({ id: 'rec-1', ...engine.decide(input) });
    expect(app.log.get('rec-1')).toMatchObject({ id: 'rec-1', time: FIXED_TIME.toISOString(), input, engineVersion: '0.0.0-test' });
  });

  it('stores nothing and returns no id when the server runs without a log', async () => {
    const app = testApp({ log: undefined });
    const body = (await (await app.post('/api/decide', { text: 'Deploy it' })).json()) as Record<string, unknown>;
    expect(body['id']).toBeUndefined();
    expect(body['surface']).toBe('code');
  });
});

describe('POST /api/batch', () => {
  it('answers every item in order, bad ones in their place as in the CLI batch, and stores the good ones at once', async () => {
    const app = testApp();
    const response = await app.post('/api/batch', [
      { id: 't1', text: 'Fix the failing unit tests', label: 'ignored' },
      { id: 't2', text: '' },
      'not an object',
      { text: 'Turn these notes into a slide deck' },
    ]);
    expect(response.status).toBe(200);
    const body = v.parse(BatchResponseSchema, await response.json());
    expect(body.answered).toBe(4);
    expect(body.failed).toBe(2);
    expect(body.results[0]).toEqual({ id: 't1', ...engine.decide({ text: 'Fix the failing unit tests' }), recordId: 'rec-1' });
    expect(body.results[1]).toEqual({ id: 't2', line: 2, error: { field: 'text', code: 'text.empty', message: 'must not be empty or only whitespace' } });
    expect(body.results[2]).toMatchObject({ line: 3, error: { code: 'input.not-object' } });
    expect(body.results[3]).toMatchObject({ surface: 'cowork', recordId: 'rec-2' });
    expect(app.log.stats().total).toBe(2);
  });

  it.each([
    ['an object instead of an array', { text: 'x' }, 'input.not-object'],
    ['more than 10,000 items', Array.from({ length: 10_001 }, () => ({ text: 'x' })), 'batch.too-many'],
  ])('refuses %s with 400 and stores nothing', async (_what, body, code) => {
    const app = testApp();
    const response = await app.post('/api/batch', body);
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual([{ field: 'input', code }]);
    expect(app.log.stats().total).toBe(0);
  });
});

describe('POST /api/decide?log=false', () => {
  it('decides without storing, for previews', async () => {
    const app = testApp();
    const body = (await (await app.post('/api/decide?log=false', { text: 'Deploy it' })).json()) as Record<string, unknown>;
    expect(body['id']).toBeUndefined();
    expect(body['surface']).toBe('code');
    expect(app.log.stats().total).toBe(0);
  });

  it.each([
    ['log=maybe', 'log', 'value.not-allowed'],
    ['dry=1', 'dry', 'key.unknown'],
  ])('refuses ?%s with a coded 400', async (query, field, code) => {
    const app = testApp();
    const response = await app.post(`/api/decide?${query}`, { text: 'Deploy it' });
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual([{ field, code }]);
    expect(app.log.stats().total).toBe(0);
  });
});

describe('standing settings laid under each request', () => {
  const layer = (raw: unknown): unknown => {
    const request = raw as { context?: object };
    return { ...request, context: { scheduled: true, ...request.context } };
  };

  it('decides and stores the layered input; the request still wins where it speaks', async () => {
    const app = testApp({ layer });
    const layered = (await (await app.post('/api/decide', { text: 'Prepare the weekly sales report.' })).json()) as { surface: string };
    expect(layered.surface).toBe('code');
    expect(app.log.get('rec-1')?.input).toEqual({ text: 'Prepare the weekly sales report.', context: { scheduled: true } });
    const own = (await (await app.post('/api/decide', { text: 'Prepare the weekly sales report.', context: { scheduled: false } })).json()) as { surface: string };
    expect(own.surface).toBe('cowork');
  });

  it('lays them under every batch item too', async () => {
    const app = testApp({ layer });
    const body = (await (await app.post('/api/batch', [{ text: 'Prepare the weekly sales report.' }])).json()) as { results: { surface: string }[] };
    expect(body.results[0]?.surface).toBe('code');
    expect(app.log.get('rec-1')?.input.context).toEqual({ scheduled: true });
  });
});
