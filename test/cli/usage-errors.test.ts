/** Usage and input errors: one line on stderr naming the flag or field, nothing on stdout, exit 2. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runBin } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const TASK = 'Refresh the KPI numbers in the board deck.';

describe('a bad invocation exits 2 with one line on stderr', () => {
  it.each([
    { args: [TASK, '--operator', 'admin'], stderr: '--operator: must be one of "technical", "non-technical" (got "admin")' },
    { args: [TASK, '--plan', 'free'], stderr: '--plan: must be one of "pro", "max", "team", "enterprise" (got "free")' },
    { args: [TASK, '--compliance', 'hipaa,gdpr'], stderr: '--compliance: must be one of "hipaa", "pci", "sox", "soc2" (got "gdpr")' },
    { args: [TASK, '--involves-code', 'maybe'], stderr: '--involves-code: must be one of "yes", "no" (got "maybe")' },
    { args: [TASK, '--plan'], stderr: '--plan: needs a value: one of "pro", "max", "team", "enterprise"' },
    { args: [TASK, '--fast'], stderr: '--fast: unknown option' },
    { args: [TASK, '--jsn'], stderr: '--jsn: unknown option; did you mean --json?' },
    { args: ['Refresh', 'the', 'deck'], stderr: 'text: too many arguments: put the whole task in one pair of quotes' },
    { args: ['   '], stderr: 'text: must not be empty or only whitespace' },
    { args: ['Fix it. '.repeat(2_501)], stderr: 'text: is 20,008 UTF-16 code units long; the limit is 20,000 UTF-16 code units (JavaScript string length)' },
    { args: ['batch', 'no-such-tasks.jsonl'], stderr: 'no-such-tasks.jsonl: cannot read: no such file' },
    { args: ['batch', 'a.jsonl', 'b.jsonl'], stderr: 'batch: takes no arguments' },
    { args: ['--scheduled', 'batch'], stderr: 'batch: takes no task flags; put context and policy on each input line' },
    { args: ['batch', '--plan', 'max'], stderr: '--plan: unknown option' },
  ])('$args.0 $args.1 $args.2', async ({ args, stderr }) => {
    const result = await runBin(args);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `code-or-cowork: ${stderr}\n` });
  });

  it.each([
    { input: '', stderr: 'text: must not be empty or only whitespace' },
    { input: ' \n\n', stderr: 'text: must not be empty or only whitespace' },
    { input: 'y'.repeat(70_000), stderr: 'text: is 70,000 UTF-16 code units long; the limit is 20,000 UTF-16 code units (JavaScript string length)' },
    { input: 'y'.repeat(200_000), stderr: 'text: is more than 20,000 UTF-16 code units long; the limit is 20,000 UTF-16 code units (JavaScript string length)' },
  ])('reading stdin: $stderr', async ({ input, stderr }) => {
    const result = await runBin([], { input });
    expect(result).toEqual({ status: 2, stdout: '', stderr: `code-or-cowork: ${stderr}\n` });
  });
});
