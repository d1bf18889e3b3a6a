/** A real SDK Client connected to the server over an in-memory transport, and readers for its results. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createEngine } from '../../src/index.js';
import { createMcpServer } from '../../src/mcp/server.js';

export async function connectedClient(): Promise<Client> {
  const client = new Client({ name: 'test', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer({ engine: createEngine(), version: '9.9.9' }).connect(serverSide);
  await client.connect(clientSide);
  return client;
}

export type ToolResult = Awaited<ReturnType<Client['callTool']>>;
export const textOf = (result: ToolResult): string => (result.content as { type: string; text: string }[])[0]?.text ?? '';
/** The coded errors of an `isError` result: the JSON on its last line. */
export const errorsOf = (result: ToolResult): unknown => (JSON.parse(textOf(result).split('\n').at(-1) ?? '') as { errors: unknown }).errors;
