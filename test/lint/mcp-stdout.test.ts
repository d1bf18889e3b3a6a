/** Lint keeps stdout for the MCP protocol: src/mcp may not write to it, by console or process. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse');
}

describe('lint: nothing but protocol on stdout from src/mcp', () => {
  it.each([
    ["console.log('ready');\n", 'no-console'],
    ["process.stdout.write('ready');\n", 'no-restricted-properties'],
    ['export const out = process;\n', 'no-restricted-globals'],
  ])('%j is an error in src/mcp', async (code, rule) => {
    expect(await rulesBroken(code, 'src/mcp/example.ts')).toContain(rule);
    // The first lint of a run loads eslint and its plugins: seconds on a busy machine.
  }, 60_000);

  it('the CLI, which owns the process, may write to stdout', async () => {
    expect(await rulesBroken("process.stdout.write('ok');\n", 'src/cli/example.ts')).toEqual([]);
  });
});
