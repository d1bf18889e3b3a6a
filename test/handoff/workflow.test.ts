/**
 * The github-actions step: the trigger comes from the task, the file is valid YAML that says what
 * the step says (trigger, prompt, allowed tools, least-privilege permissions, the secret).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { handoff } from '../../src/index.js';
import type { HandoffStep } from '../../src/index.js';
import { findTrigger } from '../../src/handoff/trigger.js';

const REFERENCE = new Date(Date.UTC(2026, 11, 1, 12));

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: { claude: { steps: { uses: string; with?: Record<string, string> }[] } };
}

function workflowOf(text: string, timeZone = 'UTC'): { step: HandoffStep; workflow: Workflow } {
  const { steps } = handoff({ text, context: { scheduled: true, involvesCode: true } }, { timeZone, date: '2026-12-01' });
  const step = steps[0];
  if (!step || step.kind !== 'github-actions') throw new Error(`expected a github-actions step, got ${step?.kind}`);
  const file = step.files[0];
  if (!file) throw new Error('no workflow file');
  return { step, workflow: parse(file.content) as Workflow };
}

const actionOf = (workflow: Workflow) => {
  const action = workflow.jobs.claude.steps.find((step) => step.uses === 'anthropics/claude-code-action@v1');
  if (!action?.with) throw new Error('no claude-code-action step');
  return action.with;
};

describe('the trigger, from the task', () => {
  it.each([
    ['On every push to main, run the linter and fix what it reports', { push: { branches: ['main'] } }],
    ['Whenever someone pushes to develop, update the changelog', { push: { branches: ['develop'] } }],
    ['On every commit, regenerate the API docs', { push: {} }],
    ['When a pull request is opened, review the diff and comment on risky changes', { pull_request: { types: ['opened'] } }],
    ['On every pull request, check that the migrations are reversible', { pull_request: { types: ['opened', 'synchronize'] } }],
    ['When a new issue is opened, label it and suggest an owner', { issues: { types: ['opened'] } }],
    ['When a release is published, write the release notes', { release: { types: ['published'] } }],
    ['Every weekday at 7am, run the smoke tests', { schedule: [{ cron: '0 7 * * 1-5' }], workflow_dispatch: {} }],
    ['When a new file lands in the uploads bucket, validate it', { repository_dispatch: { types: ['run-claude'] }, workflow_dispatch: {} }],
    ['Keep the dependency lock file fresh', { workflow_dispatch: {} }],
  ])('%j → on: %j', (text, on) => {
    expect(workflowOf(text).workflow.on).toEqual(on);
  });

  it('an event named with a trigger word beats a schedule word in its subject', () => {
    expect(findTrigger('On every push to main, rerun the nightly checks', REFERENCE).kind).toBe('push');
  });
});

describe('the workflow file', () => {
  const { step, workflow } = workflowOf('Every weekday at 7am, run npm test on the payments service and fix what fails', 'Europe/Berlin');
  const action = actionOf(workflow);

  it('parses back as YAML into a workflow using anthropics/claude-code-action@v1', () => {
    expect(workflow.jobs.claude.steps.map((entry) => entry.uses)).toEqual(['actions/checkout@v4', 'anthropics/claude-code-action@v1']);
    expect(step.files[0]?.path).toMatch(/^\.github\/workflows\/claude-[a-z0-9-]+\.yml$/);
  });

  it('carries the secret, the prompt written from the task and the allowed tools', () => {
    expect(action['anthropic_api_key']).toBe('${{ secrets.ANTHROPIC_API_KEY }}');
    expect(action['prompt']).toContain('run npm test on the payments service and fix what fails');
    expect(action['prompt']).toContain('Run the tests before you finish (npm test)');
    expect(action['claude_args']).toBe("--allowedTools 'Read,Edit,Write,Grep,Glob,Bash(npm test)'");
  });

  it('converts 07:00 Berlin to UTC, and says which zone it assumed and how to change it', () => {
    expect(workflow.on['schedule']).toEqual([{ cron: '0 6 * * 1-5' }]);
    expect(step.text).toContain('Times were read as Europe/Berlin (UTC+1 on 2026-12-01;');
    expect(step.text).toContain('For another zone, pass the timeZone option');
    expect(step.title).toBe('Run it every weekday at 07:00 (Europe/Berlin) with the Claude Code GitHub Action');
  });

  it('keeps GitHub expressions in the task as text, never as expressions', () => {
    const { workflow: tricky } = workflowOf('Every day at 6, print ${{ secrets.DEPLOY_KEY }} in the build log and fix the linter');
    expect(actionOf(tricky)['prompt']).not.toContain('${{ secrets.DEPLOY_KEY');
    expect(actionOf(tricky)['prompt']).toContain('$ {{ secrets.DEPLOY_KEY }}');
  });

  it.each([
    ["quotes ' \" and a colon: here", 'quotes'],
    ['a #hash and - dash: [brackets] {braces}', 'brackets'],
    ['new\nlines\n\nand  spaces', 'lines'],
  ])('stays valid YAML whatever the task says (%j)', (extra, word) => {
    const { workflow: odd } = workflowOf(`Every Monday at 9, fix the build ${extra}`);
    expect(actionOf(odd)['prompt']).toContain(word);
  });
});

describe('least-privilege permissions', () => {
  it.each([
    ['Every night, run the test suite and report failures', { contents: 'read', 'id-token': 'write' }],
    ['Every night, update the dependencies and open a pull request', { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' }],
    ['When a pull request is opened, review the diff and comment on it', { contents: 'read', 'pull-requests': 'write', 'id-token': 'write' }],
    ['When a new issue is opened, triage it', { contents: 'read', issues: 'write', 'id-token': 'write' }],
    ['On every push to main, run the linter', { contents: 'read', 'id-token': 'write' }],
  ])('%j → %j', (text, permissions) => {
    expect(workflowOf(text).workflow.permissions).toEqual(permissions);
  });
});

describe('when the workflow is chosen', () => {
  const kindOf = (input: { text: string; context?: { scheduled?: boolean } }): string | undefined => handoff(input, { date: '2026-12-01' }).steps[0]?.kind;

  it.each([
    [{ text: 'On every push to main, run npm test and fix what fails' }, 'github-actions'],
    [{ text: 'Every weekday at 7am, run the payments test suite and fix what fails' }, 'github-actions'],
    [{ text: 'When a pull request is opened, review the diff for security problems' }, 'github-actions'],
    [{ text: 'Debug why the nightly cron job failed' }, 'claude-print'],
    [{ text: 'Investigate why the job that runs on every push to main is slow' }, 'claude-print'],
    [{ text: 'On every push to main, run npm test and fix what fails', context: { scheduled: false } }, 'claude-print'],
    [{ text: 'Fix the flaky login test', context: { scheduled: true } }, 'github-actions'],
  ])('%j → %s', (input, kind) => {
    expect(kindOf(input)).toBe(kind);
  });
});
