/**
 * Registers `code-or-cowork mcp`: the MCP server on standard input and output. stdout belongs to the
 * protocol from here on; the command ends when the client closes standard input.
 */
import type { Command } from 'commander';
import { EDITIONS } from '../../index.js';
import { pickChoice } from '../choice.js';
import { EXIT } from '../io.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

const HELP = `
Speaks the Model Context Protocol on standard input and output, for agents in Claude Code, Claude
Desktop or Cowork. Tools: decide_surface (one task), triage_tasks (up to 1,000 tasks). Resources:
the knowledge the decisions rest on. Register it with a client rather than running it by hand:
  $ claude mcp add code-or-cowork -- npx code-or-cowork mcp`;

export function registerMcp(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  program
    .command('mcp')
    .description('serve the decision as MCP tools over stdio, for agents')
    .helpOption('-h, --help', 'show this help')
    .option('--config <path>', "the organisation's policy file, laid under every call (see code-or-cowork --help)")
    .option('--knowledge <edition>', `the edition for calls that name none in policy.knowledge: ${EDITIONS.join(' | ')} (default guide)`)
    .addHelpText('after', HELP)
    .action(async (options: { knowledge?: string; config?: string }) => {
      const knowledge = pickChoice('--knowledge', options.knowledge, EDITIONS);
      if (io.stdin.isTTY === true) {
        throw new UsageError('mcp', 'speaks MCP on standard input; register it with an MCP client (see mcp --help)');
      }
      const [{ StdioServerTransport }, { createMcpServer }, { organisationDecider, withFlags }, { cliSettings }] = await Promise.all([
        import('@modelcontextprotocol/sdk/server/stdio.js'),
        import('../../mcp/server.js'),
        import('../../node/settings.js'),
        import('../settings.js'),
      ]);
      const settings = await cliSettings(options.config, io);
      const decider = organisationDecider(knowledge === undefined ? settings : withFlags(settings, { knowledge }));
      const server = createMcpServer({ engine: decider.engine, safeDecide: decider.safeDecide, version: io.version });
      const closed = new Promise<void>((resolve) => {
        server.onclose = resolve;
      });
      io.stdin.once('end', () => void server.close());
      await server.connect(new StdioServerTransport(io.stdin, io.stdout));
      await closed;
      setStatus(EXIT.ok);
    });
}
