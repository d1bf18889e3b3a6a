/** "Let your agent ask": how to register this tool's own MCP server in Claude Code and Claude Desktop. */
import type { HandoffStep } from './types.js';

const SERVER_NAME = 'code-or-cowork';

/** The Claude Desktop config entry: `npx` runs the installed package's binary. */
const DESKTOP_CONFIG = {
  mcpServers: { [SERVER_NAME]: { command: 'npx', args: ['code-or-cowork', 'mcp'] } },
};

/**
 * The mcp-server step: the `claude mcp add` line and the Claude Desktop snippet.
 * @example mcpSetupStep({ start: 0, end: 0 }).kind // 'mcp-server'
 */
export function mcpSetupStep(span: { readonly start: number; readonly end: number }): HandoffStep {
  const command = `claude mcp add --scope user ${SERVER_NAME} -- npx code-or-cowork mcp`;
  const config = `${JSON.stringify(DESKTOP_CONFIG, null, 2)}\n`;
  const text = [
    'Let your agent ask which product a piece of work belongs in, over MCP. In Claude Code, run:',
    command,
    '`--scope user` makes it available in every project; `--scope project` writes it to .mcp.json for the team, `--scope local` (the default) keeps it to you in this project.',
    'In Claude Desktop, add the entry in the file below to claude_desktop_config.json (macOS: ~/Library/Application Support/Claude/, Windows: %APPDATA%\\Claude\\), merging it into "mcpServers" if the file has one already, and restart the app.',
    'Both start `npx code-or-cowork mcp`, so install the package where npx finds it (`npm install -g code-or-cowork`, or `npm install -g .` in a clone).',
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
