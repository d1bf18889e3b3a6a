import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DecisionRecordSchema, ListResponseSchema, StatsResponseSchema } from '../../src/server/api-schemas.js';
import { KnowledgeResponseSchema } from '../../src/server/routes.js';
import { errorsOf, testApp } from './helpers.js';

async function withDecisions(texts: readonly string[]) {
  const app = testApp();
  for (const text of texts) await app.post('/api/decide', { text });
  return app;
}

const TEXTS = ['Deploy the API to staging', 'Turn these meeting notes into a slide deck', 'Fix the flaky login test'];

describe('GET /api/decisions', () => {
  it('lists newest first and pages with nextCursor', async () => {
    const app = await withDecisions(TEXTS);
    const first = v.parse(ListResponseSchema, await (await app.request('/api/decisions?limit=2')).json());
    expect(first.records.map((record) => record.input.text)).toEqual([TEXTS[2], TEXTS[1]]);
    const rest = v.parse(ListResponseSchema, await (await app.request(`/api/decisions?limit=2&cursor=${first.nextCursor}`)).json());
    expect(rest.records.map((record) => record.input.text)).toEqual([TEXTS[0]]);
    expect(rest.nextCursor).toBeUndefined();
  });

  it.each([
    ['surface=cowork', [TEXTS[1]]],
    ['rule=code.code-or-infra', [TEXTS[2], TEXTS[0]]],
    ['q=SLIDE', [TEXTS[1]]],
    ['since=2026-11-30', [TEXTS[2], TEXTS[1], TEXTS[0]]],
    ['since=2026-12-01T00:00:00Z', []],
  ])('filters: %s', async (query, expected) => {
    const app = await withDecisions(TEXTS);
    const body = v.parse(ListResponseSchema, await (await app.request(`/api/decisions?${query}`)).json());
    expect(body.records.map((record) => record.input.text)).toEqual(expected);
  });

  it.each([
    ['limit=0', 'limit', 'value.not-allowed'],
    ['limit=501', 'limit', 'value.not-allowed'],
    ['limit=ten', 'limit', 'value.not-allowed'],
    ['surface=excel', 'surface', 'value.not-allowed'],
    ['rule=made.up', 'rule', 'value.not-allowed'],
    ['since=yesterday', 'since', 'value.not-allowed'],
    ['since=2026-02-31', 'since', 'value.not-allowed'],
    ['cursor=abc', 'cursor', 'value.not-allowed'],
    ['sort=asc', 'sort', 'key.unknown'],
  ])('refuses %s with a coded 400', async (query, field, code) => {
    const response = await testApp().request(`/api/decisions?${query}`);
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual([{ field, code }]);
  });
});

describe('GET and DELETE /api/decisions/:id', () => {
  it('reads one record, deletes it, then answers 404 for it', async () => {
    const app = await withDecisions(TEXTS);
    const record = v.parse(DecisionRecordSchema, await (await app.request('/api/decisions/rec-2')).json());
    expect(record.input.text).toBe(TEXTS[1]);
    expect(record.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await app.request('/api/decisions/rec-2', { method: 'DELETE' })).status).toBe(204);
    const gone = await app.request('/api/decisions/rec-2');
    expect(gone.status).toBe(404);
    expect(await errorsOf(gone)).toEqual([{ field: 'id', code: 'record.not-found' }]);
    expect((await app.request('/api/decisions/rec-2', { method: 'DELETE' })).status).toBe(404);
  });
});

describe('GET /api/stats', () => {
  it('counts by surface, rule and day', async () => {
    const app = await withDecisions(TEXTS);
    const stats = v.parse(StatsResponseSchema, await (await app.request('/api/stats')).json());
    expect(stats.total).toBe(3);
    expect(stats.bySurface).toEqual([
      { key: 'code', count: 2 },
      { key: 'cowork', count: 1 },
    ]);
    expect(stats.byDay).toEqual([{ key: '2026-11-30', count: 3 }]);
  });
});

describe('without a log (--no-log)', () => {
  it.each(['/api/decisions', '/api/decisions/x', '/api/stats'])('GET %s answers 404 log.disabled', async (path) => {
    const response = await testApp({ log: undefined }).request(path);
    expect(response.status).toBe(404);
    expect(await errorsOf(response)).toEqual([{ field: 'log', code: 'log.disabled' }]);
  });
});

describe('GET /api/knowledge and /healthz', () => {
  it('lists the editions with their facts, rules, caveats and questions', async () => {
    const body = v.parse(KnowledgeResponseSchema, await (await testApp().request('/api/knowledge')).json());
    expect(body.default).toBe('guide');
    const guide = body.editions.find((edition) => edition.edition === 'guide');
    expect(guide?.facts.every((fact) => fact.asOf !== '' && fact.source !== '')).toBe(true);
    expect(guide?.rules.length).toBeGreaterThan(0);
    expect(guide?.questions.length).toBeGreaterThan(0);
  });

  it('says it is up, its version and whether it logs', async () => {
    expect(await (await testApp().request('/healthz')).json()).toEqual({ status: 'ok', version: '0.0.0-test', log: true, tokenRequired: false });
  });
});
