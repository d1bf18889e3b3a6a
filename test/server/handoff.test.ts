/** `POST /api/handoff`: the decision and its steps, the same validation and coded errors as the rest of the API, nothing logged. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createEngine } from '../../src/index.js';
import { HandoffSchema } from '../../src/schema/handoff.js';
import { errorsOf, testApp } from './helpers.js';

const engine = createEngine();

describe('POST /api/handoff', () => {
  it('answers { decision, steps } matching the published schema, and logs nothing', async () => {
    const app = testApp();
    const input = { text: 'Turn these meeting notes into a ten-slide deck' };
    const response = await app.post('/api/handoff', input);
    expect(response.status).toBe(200);
    const body = v.parse(HandoffSchema, await response.json());
    expect(body.decision).toEqual(engine.decide(input));
    expect(body.steps.map((step) => step.kind)).toEqual(['cowork-task']);
    expect(app.log.stats().total).toBe(0);
  });

  it('reads clock times in the zone sent, on the server day there, and says how to change it', async () => {
    const app = testApp();
    const response = await app.post('/api/handoff', { text: 'Every weekday at 7am, run npm test', context: { scheduled: true }, timeZone: 'Europe/Berlin' });
    const { steps } = v.parse(HandoffSchema, await response.json());
    const workflow = parse(steps[0]?.files[0]?.content ?? '') as { on: { schedule: { cron: string }[] } };
    expect(workflow.on.schedule).toEqual([{ cron: '0 6 * * 1-5' }]);
    expect(steps[0]?.text).toContain('Times were read as Europe/Berlin (UTC+1 on 2026-11-30;');
    expect(steps[0]?.text).toContain('send "timeZone" in the request');
  });

  it('answers every part of a compound task, in order', async () => {
    const app = testApp();
    const response = await app.post('/api/handoff', { text: 'Write the product spec doc, then implement the API endpoints it describes' });
    const { steps } = v.parse(HandoffSchema, await response.json());
    expect(steps.map((step) => step.kind)).toEqual(['cowork-task', 'claude-print']);
  });

  it.each([
    ['an empty text', { text: '' }, [{ field: 'text', code: 'text.empty' }]],
    ['an unknown key', { text: 'Fix it', zone: 'UTC' }, [{ field: 'zone', code: 'key.unknown' }]],
    ['a zone that is none', { text: 'Fix it', timeZone: 'Mars/Olympus' }, [{ field: 'timeZone', code: 'value.not-allowed' }]],
    ['a zone that is not a string', { text: 'Fix it', timeZone: 60 }, [{ field: 'timeZone', code: 'value.wrong-type' }]],
    ['a date that does not exist', { text: 'Fix it', date: '2026-13-01' }, [{ field: 'date', code: 'value.not-allowed' }]],
    ['an array', [{ text: 'Fix it' }], [{ field: 'input', code: 'input.not-object' }]],
  ])('refuses %s with 400 and a coded error', async (_what, body, errors) => {
    const response = await testApp().post('/api/handoff', body);
    expect(response.status).toBe(400);
    expect(await errorsOf(response)).toEqual(errors);
  });

  it.each([
    ['not JSON', '{"text":', { 'content-type': 'application/json' }, 400, 'input.not-json'],
    ['the wrong content type', 'text=Fix', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'body.wrong-type'],
  ])('answers a body that is %s with %i', async (_what, body, headers, status, code) => {
    const response = await testApp().request('/api/handoff', { method: 'POST', headers, body });
    expect(response.status).toBe(status);
    expect((await errorsOf(response))[0]?.code).toBe(code);
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await (await testApp().request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths['/api/handoff'] ?? {})).toEqual(['post']);
  });
});
