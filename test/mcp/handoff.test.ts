/** The MCP `handoff` tool, through a real SDK Client over an in-memory transport: the steps, their schema, every coded error. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { handoff } from '../../src/index.js';
import { connectedClient, errorsOf, textOf } from './client.js';

let client: Client;
beforeAll(async () => {
  client = await connectedClient();
});
afterAll(() => client.close());

describe('MCP server: handoff', () => {
  it('is listed read-only, with an output schema describing { decision, steps }', async () => {
    const { tools } = await client.listTools();
    const tool = tools.find((candidate) => candidate.name === 'handoff');
    expect(tool?.annotations).toMatchObject({ readOnlyHint: true });
    expect(tool?.inputSchema).toMatchObject({ required: ['text'], additionalProperties: false, properties: { timeZone: { type: 'string' } } });
    expect(tool?.outputSchema).toMatchObject({ required: ['decision', 'steps'] });
  });

  it.each([
    [{ text: 'Fix the flaky checkout test in src/cart.test.ts', date: '2026-12-01' }, ['claude-print']],
    [{ text: 'Turn these meeting notes into a ten-slide deck', date: '2026-12-01' }, ['cowork-task']],
    [{ text: 'Write the product spec doc, then implement the API endpoints it describes', date: '2026-12-01' }, ['cowork-task', 'claude-print']],
  ])('%j -> steps %j as structuredContent (checked against the output schema by the client), and the steps in words', async (args, kinds) => {
    const result = await client.callTool({ name: 'handoff', arguments: args });
    expect(result.isError).toBeFalsy();
    const { date: _date, ...input } = args;
    expect(result.structuredContent).toEqual(handoff(input, { date: args.date, howToChangeZone: 'pass "timeZone" in the arguments, e.g. "Europe/Berlin"' }));
    expect((result.structuredContent as { steps: { kind: string }[] }).steps.map((step) => step.kind)).toEqual(kinds);
    expect(textOf(result)).toMatch(/\n\nNext steps?\n\n1\. /);
  });

  it('writes the cron in UTC for the zone given', async () => {
    const result = await client.callTool({ name: 'handoff', arguments: { text: 'Every Monday at 9, run npm test', context: { scheduled: true }, timeZone: 'Asia/Tokyo', date: '2026-12-01' } });
    const { steps } = result.structuredContent as { steps: { files: { content: string }[] }[] };
    expect((parse(steps[0]?.files[0]?.content ?? '') as { on: unknown }).on).toEqual({ schedule: [{ cron: '0 0 * * 1' }], workflow_dispatch: {} });
  });

  it.each([
    [{ text: '' }, [{ field: 'text', code: 'text.empty' }]],
    [{ text: 'Fix it', timeZone: 'Mars/Olympus' }, [{ field: 'timeZone', code: 'value.not-allowed' }]],
    [{ text: 'Fix it', timeZone: 5 }, [{ field: 'timeZone', code: 'value.wrong-type' }]],
    [{ text: 'Fix it', when: 'now' }, [{ field: 'when', code: 'key.unknown' }]],
  ])('invalid arguments %j come back as an isError result with the coded error', async (args, errors) => {
    const result = await client.callTool({ name: 'handoff', arguments: args });
    expect(result.isError).toBe(true);
    expect(errorsOf(result)).toMatchObject(errors);
  });
});
