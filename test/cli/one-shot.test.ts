/** `code-or-cowork "TEXT"`, end to end through the built binary. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { DecisionSchema } from '../../src/schema/output.js';
import type { DecisionOutput } from '../../src/schema/output.js';
import { ensureBuilt, rulesOf, runBin } from './helpers.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

beforeAll(ensureBuilt, 180_000);

async function decideJson(args: readonly string[]): Promise<DecisionOutput> {
  const result = await runBin([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return v.parse(DecisionSchema, JSON.parse(result.stdout));
}

describe('code-or-cowork "TEXT"', () => {
  it('answers in words and exits 0', async () => {
    const result = await runBin(['Find the bug in the checkout page, fix it and add a regression test.']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Use Claude Code \((high|medium|low) confidence, \d+%\)\n\nWhy\n/);
    expect(result.stdout.endsWith('\n')).toBe(true);
  });

  it('reads the task from standard input when no TEXT is given', async () => {
    const result = await runBin([], { input: 'Turn these meeting notes into a ten-slide deck.\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Use Claude Cowork/);
  });

  it('prints the decision as one line of JSON that matches the output schema with --json', async () => {
    const result = await runBin(['Clean up the Q3 sales spreadsheet and add a pivot table by region.', '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const decision = v.parse(DecisionSchema, JSON.parse(result.stdout));
    expect(decision.surface).toBe('cowork');
  });

  it('quotes evidence that really is in the text', async () => {
    const text = 'Every Monday, pull last week’s deals from HubSpot and post a summary in #sales.';
    const decision = await decideJson([text]);
    const spans = [...decision.reasons, ...decision.parts.flatMap((part) => part.reasons)].flatMap((r) => r.evidence);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('each task flag reaches the decision', () => {
  it.each([
    {
      flags: ['--scheduled'],
      text: 'Refresh the KPI numbers in the board deck.',
      surface: 'code',
      rule: 'code.automation',
    },
    {
      flags: ['--involves-code', 'yes'],
      text: "Tidy up the team's shared folder.",
      surface: 'code',
      rule: 'code.code-or-infra',
    },
    {
      flags: ['--compliance', 'sox'],
      text: 'Draft the quarterly investor update.',
      surface: 'code',
      rule: 'code.compliance',
    },
    {
      flags: ['--compliance', 'SOX,hipaa'],
      text: 'Draft the quarterly investor update.',
      surface: 'code',
      rule: 'code.compliance',
    },
    {
      flags: ['--compliance', 'sox', '--cowork-gateway'],
      text: 'Draft the quarterly investor update.',
      surface: 'cowork',
      caveat: 'caveat.regulated-workload',
    },
    {
      flags: ['--operator', 'non-technical'],
      text: "Tidy up the team's shared folder.",
      surface: 'cowork',
      rule: 'cowork.non-technical-operator',
    },
    {
      flags: ['--sandbox'],
      text: "Tidy up the team's shared folder.",
      surface: 'cowork',
      rule: 'cowork.sandboxed',
    },
  ])('$flags on "$text" -> $surface', async ({ flags, text, surface, rule, caveat }) => {
    const decision = await decideJson([text, ...flags]);
    expect(decision.surface).toBe(surface);
    if (rule) {
      const reason = decision.reasons.find((r) => r.rule === rule);
      expect(reason, `reasons: ${rulesOf(decision).join(', ')}`).toBeDefined();
    }
    if (caveat) expect(decision.caveats.map((c) => c.id)).toContain(caveat);
  });

  it('--no-scheduled overrides a schedule the text implies', async () => {
    const text = 'Every Monday, pull last week’s deals from HubSpot and post a summary in #sales.';
    expect(rulesOf(await decideJson([text]))).toContain('code.automation');
    expect(rulesOf(await decideJson([text, '--no-scheduled']))).not.toContain('code.automation');
  });

  it('--plan reaches the decision: a regulated task is told when its plan lacks audit logs', async () => {
    const text = 'Draft the quarterly investor update.';
    const caveatsOn = async (plan: string): Promise<string[]> =>
      (await decideJson([text, '--compliance', 'sox', '--plan', plan])).caveats.map((caveat) => caveat.text);
    expect(await caveatsOn('pro')).not.toEqual(await caveatsOn('enterprise'));
  });

  it('--involves-code no overrides code the text implies', async () => {
    const text = 'Write the release notes for the new deploy script.';
    expect(rulesOf(await decideJson([text, '--involves-code', 'no']))).not.toContain('code.code-or-infra');
  });
});

describe('colour', () => {
  const task = 'Find the bug in the checkout page and fix it.';
  it.each([
    { env: {}, coloured: false, why: 'stdout is a pipe' },
    { env: { FORCE_COLOR: '1' }, coloured: true, why: 'FORCE_COLOR forces it' },
    { env: { FORCE_COLOR: '1', NO_COLOR: '1' }, coloured: false, why: 'NO_COLOR beats FORCE_COLOR' },
  ])('is $coloured when $why', async ({ env, coloured }) => {
    const result = await runBin([task], { env });
    expect(result.status).toBe(0);
    expect(ANSI.test(result.stdout)).toBe(coloured);
  });

  it('never colours JSON', async () => {
    const result = await runBin([task, '--json'], { env: { FORCE_COLOR: '1' } });
    expect(ANSI.test(result.stdout)).toBe(false);
  });
});

describe('--help and --version', () => {
  it('shows usage with real examples and the exit statuses', async () => {
    const result = await runBin(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('code-or-cowork batch < tasks.jsonl');
    expect(result.stdout).toContain('Exit status: 0 decided, 1 batch had bad lines, 2 usage or input error, 74 output not written.');
  });

  it.each([['batch', '--help'], ['help', 'batch']])('explains batch (%s %s)', async (...args) => {
    const result = await runBin(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Blank lines are skipped');
  });

  it.each(['--version', '-v'])('%s prints the version from package.json', async (flag) => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const result = await runBin([flag]);
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
