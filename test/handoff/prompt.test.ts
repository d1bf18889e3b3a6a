/** The claude-print step: a prompt written from the task, and the permission mode and tools that fit it. */
import { describe, expect, it } from 'vitest';
import { handoff } from '../../src/index.js';
import { planCodeWork } from '../../src/handoff/code-prompt.js';
import { readIntent } from '../../src/handoff/intent.js';
import { findMentions } from '../../src/handoff/mentions.js';

const planFor = (text: string) => planCodeWork(text, readIntent(text), findMentions(text));

describe('permission mode: plan to look, acceptEdits to change', () => {
  it.each([
    ['Investigate why the nightly cron job failed', 'plan'],
    ['Find out why the checkout page is slow on mobile', 'plan'],
    ['Explain how the auth middleware validates tokens', 'plan'],
    ['Review the payments module for SQL injection risks', 'plan'],
    ['Debug why the export job times out', 'plan'],
    ['Fix the flaky checkout test', 'acceptEdits'],
    ['Investigate and fix the memory leak in the worker', 'acceptEdits'],
    ['Refactor the payments module to use the new Stripe client', 'acceptEdits'],
    ['Add a --dry-run flag to the deploy script', 'acceptEdits'],
  ])('%j → %s', (text, mode) => {
    expect(planFor(text).permissionMode).toBe(mode);
  });
});

describe('allowed tools: reading, editing, and the commands the task names', () => {
  it.each([
    ['Investigate why the nightly cron job failed', ['Read', 'Grep', 'Glob']],
    ['Fix the lint errors and run `npm run lint` until it is clean', ['Read', 'Edit', 'Write', 'Grep', 'Glob', 'Bash(npm run lint)']],
    ['Fix the failing tests in tests/test_api.py', ['Read', 'Edit', 'Write', 'Grep', 'Glob', 'Bash(pytest)']],
    ['Make the build pass: run make test and cargo clippy', ['Read', 'Edit', 'Write', 'Grep', 'Glob', 'Bash(make test)', 'Bash(cargo clippy)']],
    ['Upgrade React to 19 and make sure npm test passes', ['Read', 'Edit', 'Write', 'Grep', 'Glob', 'Bash(npm test)']],
    [
      'Fix the typo in README.md and open a pull request',
      ['Read', 'Edit', 'Write', 'Grep', 'Glob', 'Bash(git checkout *)', 'Bash(git add *)', 'Bash(git commit *)', 'Bash(git push *)', 'Bash(gh pr create *)'],
    ],
  ])('%j → %j', (text, tools) => {
    expect(planFor(text).allowedTools).toEqual(tools);
  });

  it('leaves out a command that would break the rule list, and says so', () => {
    const plan = planFor('Fix the script so that `echo a,b` prints both');
    expect(plan.allowedTools.some((rule) => rule.includes('echo'))).toBe(false);
    expect(plan.skippedCommands).toEqual(['echo a,b']);
  });
});

describe('the prompt: goal, what the task names, how to know it is done, the tests', () => {
  it.each([
    [
      'Refactor the payments module in src/payments/client.ts to use the new Stripe client and make sure the test suite still passes',
      ['Refactor the payments module in src/payments/client.ts to use the new Stripe client and make sure the test suite still passes.', 'It names: src/payments/client.ts; the payments module; Stripe.', 'Done when: the test suite still passes.', 'Run the tests before you finish (npm test) and report the result.'],
    ],
    ['Fix the failing unit tests in the billing service', ['It names: the billing service.', 'Done when: the failing tests pass.', 'Run the tests before you finish and report the result.']],
    ['Investigate why the nightly cron job failed', ['Change no file.', 'Finish with a short report']],
    ['Rename the config loader in lib/config.go', ['It names: lib/config.go', 'Done when: the change is made and works as the task asks.']],
  ])('%j', (text, lines) => {
    const { prompt } = planFor(text);
    for (const line of lines) expect(prompt).toContain(line);
  });

  it('asks for the tests only where the task has tests', () => {
    expect(planFor('Rename the config loader in lib/config.go').prompt).not.toContain('Run the tests');
  });
});

describe('the claude-print step', () => {
  const [step] = handoff({ text: 'Fix the flaky checkout test in src/cart.test.ts' }).steps;

  it('is a claude -p command with the engineering-review caveat', () => {
    expect(step?.kind).toBe('claude-print');
    expect(step?.copy).toMatch(/^claude -p '/);
    expect(step?.copy).toContain("--permission-mode acceptEdits \\\n  --allowedTools 'Read,Edit,Write,Grep,Glob,Bash(npm test)'");
    expect(step?.text).toContain(step?.copy ?? '-');
    expect(step?.text).toContain('Have an engineer review what Claude Code changes before it ships.');
    expect(step?.span).toEqual({ start: 0, end: 47 });
  });

  it('says how to add a test command when the task names none', () => {
    const [noCommand] = handoff({ text: 'Fix the failing unit tests in the billing service' }).steps;
    expect(noCommand?.text).toContain('add your test command to the list');
  });
});
