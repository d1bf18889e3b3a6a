/** "Let your agent ask": how to register this tool's own MCP server in Claude Code and Claude Desktop. */
import type { HandoffStep } from './types.js';

const SERVER_NAME = 'code-or-cowork';

/** The Claude Desktop config entry: Desktop starts the globally installed binary (its PATH has no project folder). */
const DESKTOP_CONFIG = {
  mcpServers: { [SERVER_NAME]: { command: 'code-or-cowork', args: ['mcp'] } },
};

/**
 * The mcp-server step: the `claude mcp add` line and the Claude Desktop snippet.
 * @example mcpSetupStep({ start: 0, end: 0 }).kind // 'mcp-server'
 */
export function mcpSetupStep(span: { readonly start: number; readonly end: number }): HandoffStep {
  const command = `claude mcp add --scope project ${SERVER_NAME} -- npx code-or-cowork mcp`;
  const config = `${JSON.stringify(DESKTOP_CONFIG, null, 2)}\n`;
  const text = [
    'Let your agent ask which product a piece of work belongs in, over MCP. In Claude Code, in the project where code-or-cowork is installed, run:',
    command,
    '`--scope project` writes it to .mcp.json for everyone working in the repository; `--scope local` (the default) keeps it to you. For all your projects, install it globally (`npm install -g .` in a clone) and run `claude mcp add --scope user code-or-cowork -- code-or-cowork mcp`.',
    'In Claude Desktop, add the entry in the file below to claude_desktop_config.json (macOS: ~/Library/Application Support/Claude/, Windows: %APPDATA%\\Claude\\), merging it into "mcpServers" if the file has one already, and restart the app.',
    'Claude Desktop needs `code-or-cowork` on its PATH (`npm install -g .` in a clone), or `node` as the command with the full path of dist/cli/main.js before "mcp" in args.',
  ].join('\n\n');
  return {
    surface: 'code',
    kind: 'mcp-server',
    title: 'Let your agent ask: add code-or-cowork as an MCP server',
    text,
    copy: command,
    files: [{ path: 'claude_desktop_config.json', content: config }],
    span,
  };
}
