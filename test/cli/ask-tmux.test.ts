/**
 * `code-or-cowork ask` in a real pseudo-terminal: the built binary inside tmux, driven by keystrokes
 * the way a person would (type the task, Enter, arrow down, Enter; or Ctrl-C).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });

/** Polls the pane until `pattern` shows, or fails after `ms`. */
async function waitFor(session: string, pattern: RegExp, ms = 8_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const screen = tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-200');
    if (pattern.test(screen)) return screen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} in:\n${screen}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `code-or-cowork ask` in a detached tmux session that prints the exit status when it ends. */
function start(name: string): string {
  const session = `coc-ask-${name}-${process.pid}`;
  const command = `env -u NO_COLOR -u FORCE_COLOR ${process.execPath} ${BIN} ask; echo "EXIT=$?"; sleep 30`;
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '50', command);
  return session;
}

/** Starts a session, types a recurring report task and waits for the schedule question. */
async function atScheduleQuestion(name: string): Promise<string> {
  const session = start(name);
  await waitFor(session, /What is the task\?/);
  tmux('send-keys', '-t', session, '-l', 'Prepare the weekly sales report.');
  tmux('send-keys', '-t', session, 'Enter');
  await waitFor(session, /run automatically/);
  return session;
}

describe('code-or-cowork ask in a terminal (tmux)', () => {
  it('asks for the task, asks what would change it, and prints the final answer', async () => {
    const session = await atScheduleQuestion('answer');
    try {
      // The first option is "Yes, it runs on its own"; move to it and back to show the arrows work.
      tmux('send-keys', '-t', session, 'Down');
      tmux('send-keys', '-t', session, 'Up');
      tmux('send-keys', '-t', session, 'Enter');
      const screen = await waitFor(session, /EXIT=\d+/);
      expect(screen).toMatch(/So far[\s\S]*Use Claude Cowork/);
      expect(screen).toMatch(/Final answer[\s\S]*Use Claude Code/);
      expect(screen).toMatch(/Changed: Claude Cowork -> Claude Code, after your answers: --scheduled\./);
      expect(screen).toMatch(/Next time: code-or-cowork 'Prepare the weekly sales report\.' --scheduled/);
      expect(screen).toMatch(/EXIT=0/);
    } finally {
      tmux('kill-session', '-t', session);
    }
  }, 30_000);

  it('Ctrl-C at a question stops cleanly with status 130', async () => {
    const session = await atScheduleQuestion('cancel');
    try {
      tmux('send-keys', '-t', session, 'C-c');
      const screen = await waitFor(session, /EXIT=\d+/);
      expect(screen).toMatch(/Stopped; nothing decided\./);
      expect(screen).toMatch(/EXIT=130/);
    } finally {
      tmux('kill-session', '-t', session);
    }
  }, 30_000);
});
