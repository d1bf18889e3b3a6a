/** Editions on the command line: `--knowledge` for one task and for batch, and the `knowledge` command. */
import { describe, expect, it } from 'vitest';
import { runInMemory } from './helpers.js';

const DIGEST = "Every Monday at 9am, pull last week's deals from HubSpot and post a summary in #sales.";

describe('--knowledge', () => {
  it.each([
    { args: [DIGEST, '--json'], edition: 'guide', surface: 'code' },
    { args: [DIGEST, '--json', '--knowledge', 'guide'], edition: 'guide', surface: 'code' },
    { args: [DIGEST, '--json', '--knowledge', '2026-11'], edition: '2026-11', surface: 'cowork' },
  ])('$args decides with the $edition edition', async ({ args, edition, surface }) => {
    const result = await runInMemory(args);
    expect(result.status).toBe(0);
    const decision = JSON.parse(result.stdout) as { surface: string; knowledge: { edition: string } };
    expect(decision).toMatchObject({ surface, knowledge: { edition } });
  });

  it('refuses an unknown edition, naming the flag', async () => {
    expect(await runInMemory([DIGEST, '--knowledge', '2027'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'code-or-cowork: --knowledge: must be one of "guide", "2026-11" (got "2027")\n',
    });
  });

  it('sets the edition of batch lines that name none; a line naming one keeps it', async () => {
    const stdin = [{ id: 'a', text: DIGEST }, { id: 'b', text: DIGEST, policy: { knowledge: 'guide' } }].map((line) => JSON.stringify(line)).join('\n');
    for (const args of [['batch', '--knowledge', '2026-11'], ['--knowledge', '2026-11', 'batch']]) {
      const result = await runInMemory(args, { stdin });
      expect(result.status).toBe(0);
      const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; surface: string; knowledge: { edition: string } });
      expect(lines.map(({ id, surface, knowledge }) => [id, surface, knowledge.edition])).toEqual([
        ['a', 'cowork', '2026-11'],
        ['b', 'code', 'guide'],
      ]);
    }
  });

  it('refuses an unknown edition for batch before reading a line', async () => {
    const result = await runInMemory(['batch', '--knowledge', 'newest'], { stdin: JSON.stringify({ text: DIGEST }) });
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'code-or-cowork: --knowledge: must be one of "guide", "2026-11" (got "newest")\n' });
  });
});

describe('code-or-cowork knowledge', () => {
  it.each([
    { args: ['knowledge'], first: 'Knowledge edition "guide" (version 1, as of 2026-01)' },
    { args: ['knowledge', '--edition', '2026-11'], first: 'Knowledge edition "2026-11" (version 1, as of 2026-10)' },
    { args: ['knowledge', '--diff'], first: 'What differs from "guide" to "2026-11"' },
  ])('$args prints "$first" first', async ({ args, first }) => {
    const result = await runInMemory(args);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(first);
  });

  it('lists facts with dates and sources, rules in precedence order, caveats and questions', async () => {
    const { stdout } = await runInMemory(['knowledge', '--edition', '2026-11']);
    expect(stdout).toMatch(/\n {2}cowork\.scheduled-tasks \(as of 2026-08, high\)\n {4}Cowork has scheduled tasks/);
    expect(stdout).toMatch(/source: https:\/\/support\.claude\.com\/en\/articles\/13854387/);
    expect(stdout).toMatch(/claude\.one-app \(as of 2026-09, reported\)/);
    expect(stdout).toMatch(/code\.automation -> code \(tier 1: automation\)[\s\S]*stops forcing code when it runs on a clock schedule/);
    for (const section of ['Facts', 'Rules', 'Caveats', 'Questions']) expect(stdout).toContain(`\n\n${section}\n`);
    expect(stdout.indexOf('code.automation ->')).toBeLessThan(stdout.indexOf('cowork.knowledge-work ->'));
  });

  it('--diff shows each changed fact with its source, and the rules and caveats that change', async () => {
    const { stdout } = await runInMemory(['knowledge', '--diff']);
    expect(stdout).toMatch(/cowork\.compliance-api \(as of 2026-08, high\), changes fact\.cowork-not-audited, fact\.regulated-route\n {4}guide: .+\n {4}now: {3}.+\n {4}source: https:\/\/platform\.claude\.com/);
    expect(stdout).toMatch(/\n\nRules\n {2}code\.automation\n/);
    expect(stdout).toMatch(/\n\nCaveats\n[\s\S]*caveat\.cowork-needs-human/);
  });

  it.each([
    { args: ['knowledge', '--json'], key: 'edition', value: 'guide' },
    { args: ['knowledge', '--json', '--edition', '2026-11'], key: 'edition', value: '2026-11' },
    { args: ['knowledge', '--json', '--diff'], key: 'to', value: '2026-11' },
  ])('$args prints JSON', async ({ args, key, value }) => {
    const result = await runInMemory(args);
    expect((JSON.parse(result.stdout) as Record<string, unknown>)[key]).toBe(value);
  });

  it('refuses an unknown edition', async () => {
    expect(await runInMemory(['knowledge', '--edition', 'old'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'code-or-cowork: --edition: must be one of "guide", "2026-11" (got "old")\n',
    });
  });
});
