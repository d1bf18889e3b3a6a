/** `code-or-cowork handoff` and `--next`, in-process, as a new user would try them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInMemory } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'handoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHEDULED = ['handoff', 'Every weekday at 7am, run npm test and fix what fails', '--scheduled', '--tz', 'Europe/Berlin'];

describe('code-or-cowork handoff "TEXT"', () => {
  it('prints the decision, then the steps', async () => {
    const result = await runInMemory(['handoff', 'Fix the flaky checkout test in src/cart.test.ts']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Use Claude Code/);
    expect(result.stdout).toContain('\n\nNext step\n\n1. Run it once with Claude Code in your terminal\n\nIn a terminal');
    expect(result.stdout).toContain("claude -p 'Fix the flaky checkout test in src/cart.test.ts.");
  });

  it('--json prints { decision, steps }', async () => {
    const result = await runInMemory([...SCHEDULED, '--json']);
    expect(result.status).toBe(0);
    const { decision, steps } = JSON.parse(result.stdout) as { decision: { surface: string }; steps: { kind: string; files: { content: string }[] }[] };
    expect(decision.surface).toBe('code');
    expect(steps[0]?.kind).toBe('github-actions');
    expect((parse(steps[0]?.files[0]?.content ?? '') as { on: unknown }).on).toEqual({ schedule: [{ cron: '0 6 * * 1-5' }], workflow_dispatch: {} });
  });

  it('reads the zone from TZ when --tz is not given, and UTC when neither is', async () => {
    const args = ['handoff', 'Every weekday at 7am, run npm test', '--scheduled', '--json'];
    const tokyo = JSON.parse((await runInMemory(args, { env: { TZ: 'Asia/Tokyo' } })).stdout) as { steps: { text: string }[] };
    expect(tokyo.steps[0]?.text).toContain('Times were read as Asia/Tokyo');
    const utc = JSON.parse((await runInMemory(args)).stdout) as { steps: { text: string }[] };
    expect(utc.steps[0]?.text).toContain('Times were read as UTC');
    expect(utc.steps[0]?.text).toContain('pass --tz ZONE (e.g. --tz Europe/Berlin) or set TZ');
  });

  it('--write saves the files, and refuses to overwrite without --force', async () => {
    const first = await runInMemory([...SCHEDULED, '--write', dir]);
    expect(first.status).toBe(0);
    const path = join(dir, '.github/workflows/claude-run-npm-test-fix-what.yml');
    expect(first.stderr).toBe(`wrote ${path}\n`);
    expect(parse(readFileSync(path, 'utf8'))).toHaveProperty('jobs.claude');

    writeFileSync(path, 'mine');
    const again = await runInMemory([...SCHEDULED, '--write', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`code-or-cowork: --write: ${path} already exists; nothing was written (add --force to overwrite)\n`);
    expect(readFileSync(path, 'utf8')).toBe('mine');

    const forced = await runInMemory([...SCHEDULED, '--write', dir, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toBe('mine');
  });

  it('--mcp alone shows how to register the MCP server; --write saves the Desktop snippet', async () => {
    const result = await runInMemory(['handoff', '--mcp', '--write', dir], { stdinIsTTY: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('claude mcp add --scope project code-or-cowork -- npx code-or-cowork mcp');
    expect(JSON.parse(readFileSync(join(dir, 'claude_desktop_config.json'), 'utf8'))).toHaveProperty(['mcpServers', 'code-or-cowork']);
  });

  it.each([
    [['handoff', 'Fix it', '--tz', 'Mars/Base'], 'code-or-cowork: --tz: must be an IANA time zone name such as "Europe/Berlin" or "UTC" (got "Mars/Base")\n'],
    [['handoff', 'Fix it', '--operator', 'boss'], 'code-or-cowork: --operator: must be one of "technical", "non-technical" (got "boss")\n'],
    [['handoff', ''], 'code-or-cowork: text: must not be empty or only whitespace\n'],
  ])('%j → exit 2 and one line', async (args, stderr) => {
    const result = await runInMemory(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
  });

  it('reads the task from standard input when none is given', async () => {
    const result = await runInMemory(['handoff', '--json'], { stdin: 'Turn these meeting notes into a slide deck\n' });
    expect((JSON.parse(result.stdout) as { steps: { kind: string }[] }).steps[0]?.kind).toBe('cowork-task');
  });

  it('writes nothing when the task has no files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'handoff-empty-'));
    const result = await runInMemory(['handoff', 'Fix the flaky login test', '--write', empty]);
    expect(result.status).toBe(0);
    expect(existsSync(join(empty, '.github'))).toBe(false);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('code-or-cowork "TEXT" --next', () => {
  it('appends the first step to the usual answer', async () => {
    const plain = await runInMemory(['Turn these meeting notes into a slide deck']);
    const next = await runInMemory(['Turn these meeting notes into a slide deck', '--next']);
    expect(next.stdout.startsWith(plain.stdout.trimEnd())).toBe(true);
    expect(next.stdout).toContain('\n\nNext step: Paste this brief into a new Cowork task\n\nOpen Claude Cowork');
  });

  it('with --json adds "next" beside the decision', async () => {
    const result = await runInMemory(['Fix the flaky login test', '--next', '--json']);
    const parsed = JSON.parse(result.stdout) as { surface: string; next: { kind: string } };
    expect(parsed.surface).toBe('code');
    expect(parsed.next.kind).toBe('claude-print');
  });
});
