/** `run()` on in-memory streams: the terminal-dependent behaviour a spawned pipe cannot show. */
import { describe, expect, it } from 'vitest';
import { runInMemory } from './helpers.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;
const TASK = 'Find the bug in the checkout page and fix it.';

describe('run', () => {
  it('asks for the task when there is no TEXT and stdin is a terminal', async () => {
    const result = await runInMemory([], { stdinIsTTY: true });
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'code-or-cowork: text: missing: give the task in quotes, or pipe it in (see --help)\n',
    });
  });

  it('refuses to batch from a terminal', async () => {
    const result = await runInMemory(['batch'], { stdinIsTTY: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^code-or-cowork: batch: reads JSON Lines from a file or standard input/);
  });

  it.each([
    { stdoutIsTTY: true, lines: 'many' },
    { stdoutIsTTY: false, lines: 'one' },
  ])('prints JSON on $lines line(s) when stdout is a TTY: $stdoutIsTTY', async ({ stdoutIsTTY, lines }) => {
    const result = await runInMemory([TASK, '--json'], { stdoutIsTTY, env: { FORCE_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().includes('\n')).toBe(lines === 'many');
    expect(ANSI.test(result.stdout)).toBe(false);
  });

  it.each([
    { stdoutIsTTY: true, env: {}, coloured: true },
    { stdoutIsTTY: true, env: { NO_COLOR: '1' }, coloured: false },
    { stdoutIsTTY: false, env: {}, coloured: false },
  ])('colours the answer: $coloured (TTY: $stdoutIsTTY, env: $env)', async ({ stdoutIsTTY, env, coloured }) => {
    const result = await runInMemory([TASK], { stdoutIsTTY, env });
    expect(ANSI.test(result.stdout)).toBe(coloured);
  });

  it('prints the version it was given', async () => {
    expect(await runInMemory(['--version'])).toEqual({ status: 0, stdout: '9.9.9\n', stderr: '' });
  });
});
