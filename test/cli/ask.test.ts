/** `code-or-cowork ask` without a terminal: the clack prompts driven through in-memory streams. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAskCommand } from '../../src/cli/ask/run.js';
import type { TaskFlags } from '../../src/cli/flags.js';
import type { CliIo } from '../../src/cli/io.js';
import { runInMemory } from './helpers.js';

/** A conversation: what to wait for on the screen, then the keys to send. */
type Step = readonly [RegExp, string];

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';

async function converse(text: string | undefined, flags: TaskFlags, steps: readonly Step[]): Promise<{ status: number; screen: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let screen = '';
  stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const io: CliIo = { stdin, stdout, stderr: new PassThrough(), env: { NO_COLOR: '1' }, version: '9.9.9' };
  const running = runAskCommand(text, flags, io);
  let seen = 0;
  for (const [pattern, keys] of steps) {
    const deadline = Date.now() + 5_000;
    while (!pattern.test(screen.slice(seen))) {
      if (Date.now() > deadline) throw new Error(`never saw ${pattern} in:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    seen = screen.length;
    stdin.write(keys);
  }
  const status = await running;
  return { status, screen };
}

describe('ask: the conversation', () => {
  it('asks for the task, shows the provisional answer, asks the one question that matters, and says what changed', async () => {
    const { status, screen } = await converse(undefined, {}, [
      [/What is the task\?/, `Prepare the weekly sales report.${ENTER}`],
      [/run automatically, on a schedule/, ENTER],
    ]);
    expect(status).toBe(0);
    expect(screen).toMatch(/So far[\s\S]*Use Claude Cowork[\s\S]*Final answer[\s\S]*Use Claude Code/);
    expect(screen).toContain('Changed: Claude Cowork -> Claude Code, after your answers: --scheduled.');
    expect(screen).toContain("Next time: code-or-cowork 'Prepare the weekly sales report.' --scheduled");
  });

  it('each question names the flags that answer it', async () => {
    const { screen } = await converse('Prepare the weekly sales report.', {}, [[/run automatically/, `${DOWN}${ENTER}`]]);
    expect(screen).toContain('--scheduled');
    expect(screen).toContain('Unchanged: still Claude Cowork');
    expect(screen).toContain("Next time: code-or-cowork 'Prepare the weekly sales report.' --no-scheduled");
  });

  it('asks nothing when no answer could change the decision, and keeps the flags given', async () => {
    const { status, screen } = await converse('Fix the flaky login test and open a pull request.', { plan: 'team' }, []);
    expect(status).toBe(0);
    expect(screen).toContain('Unchanged: Claude Code; no answer could change it.');
    expect(screen).toContain("Next time: code-or-cowork 'Fix the flaky login test and open a pull request.' --plan team");
  });

  it('refuses an empty task with the engine\'s words and asks again', async () => {
    const { status, screen } = await converse(undefined, {}, [
      [/What is the task\?/, `   ${ENTER}`],
      [/The task must not be empty/, `Fix the flaky login test.${ENTER}`],
    ]);
    expect(status).toBe(0);
    expect(screen).toContain('Use Claude Code');
  });

  it.each([
    ['at the task', [[/What is the task\?/, CTRL_C]] as const],
    ['at a question', [[/run automatically/, CTRL_C]] as const],
  ])('Ctrl-C %s stops with status 130', async (_where, steps) => {
    const text = steps[0][0].source.includes('task') ? undefined : 'Prepare the weekly sales report.';
    const { status, screen } = await converse(text, {}, steps);
    expect(status).toBe(130);
    expect(screen).toContain('Stopped; nothing decided.');
  });
});

describe('ask: not on a terminal', () => {
  it.each([
    [{ stdinIsTTY: false, stdoutIsTTY: true }],
    [{ stdinIsTTY: true, stdoutIsTTY: false }],
  ])('is a one-line error naming the equivalent flags, exit 2 (%j)', async (tty) => {
    const result = await runInMemory(['ask', 'Prepare the weekly sales report.'], tty);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'code-or-cowork: ask: needs a terminal; without one, decide with flags: code-or-cowork "TEXT" ' +
        '--involves-code yes|no, --scheduled/--no-scheduled, --compliance hipaa,pci,sox,soc2|none, --operator technical|non-technical\n',
    });
  });

  it('a bad flag is a usage error before any prompt', async () => {
    await expect(runAskCommand('Fix it', { operator: 'boss' }, { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, version: '1' })).rejects.toThrow(/must be one of/);
  });
});
