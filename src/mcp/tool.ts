/**
 * What an MCP tool of this server is: a name, its JSON Schemas, read-only annotations, and a pure call
 * that turns arguments into a result. Adding a tool is one file that exports an `McpTool` and one line
 * in tools/index.ts; the server reads them all the same way.
 */
import type { Decision, Engine, InputIssue, Result } from '../index.js';
import type { JsonSchema } from '../schema/json-schemas.js';

/** What every tool may use: the engine, and the decision with the organisation's settings laid under each input. */
export interface ToolDeps {
  readonly engine: Engine;
  readonly safeDecide: (raw: unknown) => Result<Decision, readonly InputIssue[]>;
  /** Today, for tools that read clock times (handoff); the process clock when absent. */
  readonly clock?: () => Date;
}

/** The result of a call, in the shape of MCP's CallToolResult. */
export type ToolResult =
  | {
      readonly isError?: false;
      readonly content: readonly { readonly type: 'text'; readonly text: string }[];
      readonly structuredContent: Record<string, unknown>;
    }
  | { readonly isError: true; readonly content: readonly { readonly type: 'text'; readonly text: string }[] };

export interface McpTool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: JsonSchema;
  readonly outputSchema: JsonSchema;
  /** Never throws for bad arguments: those come back as an `isError` result. */
  call(args: Readonly<Record<string, unknown>>, deps: ToolDeps): ToolResult;
}

/** Every tool here only reads: it decides and returns, changing nothing anywhere. */
export const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/**
 * The contract's coded errors as a tool error: `{"errors": [{field, code, message}]}` in the text,
 * which agents parse, after a line people read.
 * @example issuesResult([{ field: 'text', code: 'text.empty', message: 'must not be empty' }]).isError // true
 */
export function issuesResult(errors: readonly InputIssue[]): ToolResult {
  const lines = errors.map((issue) => `${issue.field}: ${issue.message} (${issue.code})`).join('\n');
  return { isError: true, content: [{ type: 'text', text: `${lines}\n${JSON.stringify({ errors })}` }] };
}

/** A successful result: a short text for people and the structured object for programs. */
export function structuredResult(text: string, structured: Record<string, unknown>): ToolResult {
  return { content: [{ type: 'text', text }], structuredContent: structured };
}

/** MCP requires a tool's schemas to describe an object; JSON Schema's `$schema` key is left out. */
export function objectSchema({ $schema: _ignored, ...schema }: JsonSchema): JsonSchema {
  return schema;
}
