/**
 * The MCP server over the public API: its tools and the knowledge resources, on any transport.
 * Nothing here writes anywhere; the transport owns stdout (lint forbids console and process.stdout
 * in src/mcp). Bad arguments come back as `isError` results; an unknown tool or resource is protocol
 * misuse and is answered with a JSON-RPC error.
 *
 *   const server = createMcpServer({ engine: createEngine(), version: '1.0.0' });
 *   await server.connect(new StdioServerTransport());
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { EDITION_PACKS } from '../index.js';
import type { Engine, KnowledgePack } from '../index.js';
import { knowledgeResource } from './resources.js';
import { READ_ONLY } from './tool.js';
import type { McpTool, ToolDeps } from './tool.js';
import { TOOLS } from './tools/index.js';

export interface McpServerOptions {
  readonly engine: Engine;
  /** How a call's input is decided; the engine's own `safeDecide` by default (the CLI lays the organisation's settings under it). */
  readonly safeDecide?: ToolDeps['safeDecide'];
  readonly version: string;
  /** The editions to publish as resources; every shipped edition by default. */
  readonly editions?: readonly KnowledgePack[];
  /** The tools to serve; all of them by default. */
  readonly tools?: readonly McpTool[];
}

const INSTRUCTIONS =
  'Ask decide_surface which product a task belongs in (Claude Code or Claude Cowork) before starting it; ' +
  'use triage_tasks for a list, and handoff for the ready next step (a claude -p command, a workflow file or a Cowork brief). Answers are offline and deterministic. The knowledge resources list the rules and facts.';

/**
 * @example const server = createMcpServer({ engine: createEngine(), version: '0.1.0' })
 */
export function createMcpServer(options: McpServerOptions): Server {
  const tools = options.tools ?? TOOLS;
  const deps: ToolDeps = { engine: options.engine, safeDecide: options.safeDecide ?? options.engine.safeDecide };
  const resources = (options.editions ?? Object.values(EDITION_PACKS)).map(knowledgeResource);
  const server = new Server(
    { name: 'code-or-cowork', title: 'code-or-cowork', version: options.version },
    { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS },
  );

  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: tool.inputSchema as { type: 'object' },
      outputSchema: tool.outputSchema as { type: 'object' },
      annotations: { title: tool.title, ...READ_ONLY },
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const tool = tools.find((candidate) => candidate.name === request.params.name);
    if (tool === undefined) throw new McpError(ErrorCode.InvalidParams, `unknown tool: ${request.params.name}`);
    const result = tool.call(request.params.arguments ?? {}, deps);
    return { ...result, content: [...result.content] };
  });

  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: resources.map(({ uri, name, title, description, mimeType }) => ({ uri, name, title, description, mimeType })),
  }));

  server.setRequestHandler(ReadResourceRequestSchema, (request) => {
    const resource = resources.find((candidate) => candidate.uri === request.params.uri);
    if (resource === undefined) throw new McpError(ErrorCode.InvalidParams, `unknown resource: ${request.params.uri}`);
    return { contents: [{ uri: resource.uri, mimeType: resource.mimeType, text: resource.read() }] };
  });

  return server;
}
