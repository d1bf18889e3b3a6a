/** The MCP server, through a real SDK Client over an in-memory transport: every tool, every error. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import { connectedClient, errorsOf, textOf } from './client.js';

let client: Client;
beforeAll(async () => {
  client = await connectedClient();
});
afterAll(() => client.close());

describe('MCP server: tools/list', () => {
  it('lists decide_surface, triage_tasks and handoff, read-only, each with input and output schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['decide_surface', 'triage_tasks', 'handoff']);
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.description?.length).toBeGreaterThan(40);
    }
    expect(tools[0]?.inputSchema).toMatchObject({ required: ['text'], additionalProperties: false });
    expect(tools[1]?.inputSchema).toMatchObject({ properties: { tasks: { maxItems: 1000 } } });
  });
});

describe('MCP server: decide_surface', () => {
  it('decides with the edition the input names in policy.knowledge', async () => {
    const args = { text: 'Every Monday, pull the deals from HubSpot and post a summary in Slack.', policy: { knowledge: '2026-11' } };
    const result = await client.callTool({ name: 'decide_surface', arguments: args });
    expect(result.structuredContent).toMatchObject({ knowledge: { edition: '2026-11' } });
  });

  it.each([
    [{ text: 'Refactor the payments module and make sure the test suite passes.' }, 'code'],
    [{ text: 'Turn these meeting notes into a ten-slide deck.' }, 'cowork'],
    [{ text: 'Prepare the weekly sales report.', context: { scheduled: true } }, 'code'],
  ])('%j -> %s, the decision as structuredContent (checked against outputSchema by the client) and a short text', async (args, surface) => {
    const result = await client.callTool({ name: 'decide_surface', arguments: args });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(decide(args));
    expect(result.structuredContent).toMatchObject({ surface });
    expect(textOf(result)).toMatch(/^Use (Claude Code|Claude Cowork)/);
  });

  it.each([
    [{}, [{ field: 'text', code: 'text.missing' }]],
    [{ text: '   ' }, [{ field: 'text', code: 'text.empty' }]],
    [{ text: 'x'.repeat(20_001) }, [{ field: 'text', code: 'text.too-long' }]],
    [{ text: 'Fix it', context: { operator: 'boss' } }, [{ field: 'context.operator', code: 'value.not-allowed' }]],
    [{ text: 'Fix it', context: { scheduled: 'yes' } }, [{ field: 'context.scheduled', code: 'value.wrong-type' }]],
    [{ text: 'Fix it', urgent: true }, [{ field: 'urgent', code: 'key.unknown' }]],
  ])('invalid arguments %j come back as an isError result with the coded error', async (args, errors) => {
    const result = await client.callTool({ name: 'decide_surface', arguments: args });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    expect(errorsOf(result)).toMatchObject(errors);
    expect(textOf(result).split('\n')[0]).toMatch(new RegExp(`^${errors[0]?.field}: .+ \\(${errors[0]?.code}\\)$`));
  });
});

describe('MCP server: triage_tasks', () => {
  it('returns a summary and, in order, each decision or error, ids carried', async () => {
    const tasks = [
      { id: 'a', text: 'Deploy the API to staging.' },
      { id: 2, text: 'Tidy up the shared folder.' },
      { text: '' },
      { id: 'd', text: 'Fix the build', context: { operator: 'boss' }, label: 'ignored' },
    ];
    const result = await client.callTool({ name: 'triage_tasks', arguments: { tasks } });
    expect(result.isError).toBeFalsy();
    const { summary, results } = result.structuredContent as { summary: Record<string, unknown>; results: Record<string, unknown>[] };
    expect(summary).toMatchObject({ tasks: 2, skipped: 2, products: { code: 1, cowork: 1, both: 0 } });
    expect(results.map((item) => [item['index'], item['id'], 'decision' in item ? 'decision' : (item['error'] as { code: string }).code])).toEqual([
      [0, 'a', 'decision'],
      [1, 2, 'decision'],
      [2, undefined, 'text.empty'],
      [3, 'd', 'value.not-allowed'],
    ]);
    expect(results[3]).toMatchObject({ error: { field: 'tasks.3.context.operator' } });
    expect(textOf(result)).toBe('2 tasks: Claude Code 1 (50%), Claude Cowork 1 (50%), both 0 (0%); 0 need an answer; 2 could not be decided.');
  });

  it.each([
    [{}, 'tasks', 'value.wrong-type'],
    [{ tasks: 'Fix it' }, 'tasks', 'value.wrong-type'],
    [{ tasks: [] }, 'tasks', 'value.not-allowed'],
    [{ tasks: Array.from({ length: 1_001 }, () => ({ text: 'Fix it' })) }, 'tasks', 'value.not-allowed'],
    [{ tasks: [{ text: 'Fix it' }], fast: true }, 'fast', 'key.unknown'],
  ])('invalid arguments come back as an isError result naming the field (%#)', async (args, field, code) => {
    const result = await client.callTool({ name: 'triage_tasks', arguments: args });
    expect(result.isError).toBe(true);
    expect(errorsOf(result)).toMatchObject([{ field, code }]);
  });

  it('takes 1,000 tasks in one call', async () => {
    const tasks = Array.from({ length: 1_000 }, (_, index) => ({ id: index, text: index % 2 === 0 ? 'Deploy the API' : 'Write the memo' }));
    const result = await client.callTool({ name: 'triage_tasks', arguments: { tasks } });
    expect(result.structuredContent).toMatchObject({ summary: { tasks: 1_000, products: { code: 500, cowork: 500 } } });
  });
});

describe('MCP server: protocol misuse and resources', () => {
  it('an unknown tool is a protocol error, not a tool result', async () => {
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toThrow(/unknown tool: no_such_tool/);
  });

  it('publishes the knowledge: rules, caveats, questions and dated, sourced facts', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(['code-or-cowork://knowledge/guide', 'code-or-cowork://knowledge/2026-11']);
    const { contents } = await client.readResource({ uri: 'code-or-cowork://knowledge/guide' });
    const knowledge = JSON.parse((contents[0] as { text: string }).text) as Record<string, { id: string; asOf?: string; source?: string }[]>;
    expect(knowledge).toMatchObject({ edition: 'guide' });
    expect(knowledge['rules']?.map((rule) => rule.id)).toContain('code.automation');
    for (const fact of knowledge['facts'] ?? []) expect(fact).toMatchObject({ asOf: expect.stringMatching(/^\d{4}-\d{2}$/), source: expect.any(String) });
    await expect(client.readResource({ uri: 'code-or-cowork://knowledge/nope' })).rejects.toThrow(/unknown resource/);
    const { contents: newer } = await client.readResource({ uri: 'code-or-cowork://knowledge/2026-11' });
    expect(JSON.parse((newer[0] as { text: string }).text)).toMatchObject({ edition: '2026-11', updates: expect.arrayContaining([expect.objectContaining({ source: expect.any(String) })]) });
  });
});
