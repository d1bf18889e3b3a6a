/** The real `code-or-cowork mcp` process over stdio: what an MCP client such as Claude Code starts. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../cli/helpers.js';

beforeAll(ensureBuilt, 180_000);

describe('code-or-cowork mcp (spawned)', () => {
  it('initialises, lists its tools, decides, and writes nothing but protocol to stdout', async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    // Any stray non-JSON-RPC line on stdout makes the client report an error here.
    const protocolErrors: Error[] = [];
    client.onerror = (error) => protocolErrors.push(error);
    await client.connect(transport);
    expect(client.getServerVersion()).toMatchObject({ name: 'code-or-cowork' });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['decide_surface', 'triage_tasks', 'handoff']);
    const result = await client.callTool({ name: 'decide_surface', arguments: { text: 'Deploy the API to staging' } });
    expect(result.structuredContent).toMatchObject({ surface: 'code' });
    const bad = await client.callTool({ name: 'decide_surface', arguments: { text: '' } });
    expect(bad.isError).toBe(true);
    await client.close();
    expect(protocolErrors).toEqual([]);
    expect(stderr).toBe('');
  }, 20_000);
});
