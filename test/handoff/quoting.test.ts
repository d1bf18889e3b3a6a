/** The printed `claude -p` command survives any task text: `sh -n` accepts it and the shell hands back the exact prompt. */
import fc from 'fast-check';
import { parse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { handoff } from '../../src/index.js';
import { printCommand } from '../../src/handoff/claude-print.js';
import type { CodePlan } from '../../src/handoff/code-prompt.js';
import { shellQuote } from '../../src/handoff/quote.js';
import { oneLine } from '../../src/handoff/words.js';
import { argvThroughShell, shellSyntaxOk } from './helpers.js';

/** Pieces that have broken naive quoting somewhere. */
const NASTY = ["'", '"', '$(echo INJECTED)', '`echo INJECTED`', '${HOME}', '$HOME', '\\', '\n', '\\\n', "'\\''", '!', '#', ';', '&&', '|', '*', '~', 'é', '中文', '🚀', '\u200b', '\t', '%s', '--', '-p'];
const piece = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
/** Text without NUL, which no argument can carry. */
const taskText = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join('').replace(/\0/g, ''));

const planWith = (prompt: string, allowedTools: readonly string[] = ['Read', 'Edit', 'Bash(npm test)']): CodePlan => ({
  prompt,
  permissionMode: 'acceptEdits',
  allowedTools,
  testCommand: 'npm test',
  skippedCommands: [],
});

describe('shellQuote', () => {
  it.each([
    ['plain', 'plain'],
    ["it's", `'it'\\''s'`],
    ['$(rm -rf ~)', `'$(rm -rf ~)'`],
    ['', `''`],
    ['Bash(npm test)', `'Bash(npm test)'`],
  ])('quotes %j as %s', (argument, quoted) => {
    expect(shellQuote(argument)).toBe(quoted);
  });
});

describe('the printed command parses back to the same prompt', () => {
  it('for random texts full of quotes, $(), backticks, newlines and Unicode (checked by sh itself)', () => {
    const prompts = fc.sample(taskText, { numRuns: 300, seed: 11 });
    const commands = prompts.map((prompt) => printCommand(planWith(prompt)));
    for (const command of commands) expect(shellSyntaxOk(command)).toBe(true);
    const parsed = argvThroughShell(commands);
    expect(parsed).toHaveLength(prompts.length);
    parsed.forEach((argv, index) => {
      expect(argv).toEqual(['-p', prompts[index], '--permission-mode', 'acceptEdits', '--allowedTools', 'Read,Edit,Bash(npm test)']);
    });
  });

  it('and shell-quote, a second parser, reads the same words', () => {
    fc.assert(
      fc.property(taskText, (prompt) => {
        const command = printCommand(planWith(prompt)).replace(/ \\\n {2}/g, ' ');
        const words = parse(command);
        expect(words).toEqual(['claude', '-p', prompt, '--permission-mode', 'acceptEdits', '--allowedTools', 'Read,Edit,Bash(npm test)']);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('end to end: a task with injections hands over its own words, on one line, and runs nothing', () => {
    const tasks = fc.sample(taskText.map((text) => `Fix the build in src/app.ts ${text}`), { numRuns: 60, seed: 3 });
    const steps = tasks.map((text) => handoff({ text, context: { involvesCode: true, scheduled: false } }).steps[0]);
    const parsed = argvThroughShell(steps.map((step) => step?.copy ?? ''));
    parsed.forEach((argv, index) => {
      expect(steps[index]?.kind).toBe('claude-print');
      expect(argv[0]).toBe('-p');
      expect(argv[1]).toContain(oneLine(tasks[index] ?? '').replace(/[,;:\s]+$/, ''));
      // Run, `$(echo INJECTED)` would leave a bare INJECTED behind; quoted, every one keeps its "echo".
      const all = argv.join(' ');
      expect(all.split('INJECTED').length).toBe(all.split('echo INJECTED').length);
    });
  });
});
