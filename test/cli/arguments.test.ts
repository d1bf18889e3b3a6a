/**
 * The CLI reads its arguments the way people mean them: a task that starts with a dash is the
 * task, an empty or missing flag value names the flag, contradicting flags name both, and what
 * a user typed is quoted back short and with its bidi controls shown, not obeyed.
 */
import { describe, expect, it } from 'vitest';
import { runInMemory } from './helpers.js';

describe('a task that starts with a dash', () => {
  it.each([['-v is the version flag'], ['-v is the version flag', '--json'], ['--json', '-- and then deploy the API']])('%j is decided as the task', async (...args) => {
    const result = await runInMemory(args, { stdinIsTTY: true });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Claude|"surface"/);
  });

  it('a one-dash word that is no flag gets the hint to put -- before the task', async () => {
    const result = await runInMemory(['-deploy'], { stdinIsTTY: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('goes after --');
  });
});

describe('flag values', () => {
  it.each([
    { args: ['Fix the build', '--compliance', ''], stderr: 'code-or-cowork: --compliance: needs a value: one of "hipaa", "pci", "sox", "soc2", "none"\n' },
    { args: ['Fix the build', '--operator', ''], stderr: 'code-or-cowork: --operator: needs a value: one of "technical", "non-technical"\n' },
    { args: ['Fix the build', '--plan', ' '], stderr: 'code-or-cowork: --plan: needs a value: one of "pro", "max", "team", "enterprise"\n' },
  ])('an empty value is an error naming the flag: $args', async ({ args, stderr }) => {
    expect(await runInMemory(args)).toMatchObject({ status: 2, stderr });
  });

  it.each([
    { args: ['--operator', 'Deploy it'], flag: '--operator' },
    { args: ['--plan', 'Summarise the notes for the team'], flag: '--plan' },
  ])('a missing value names the flag, not the text: $args', async ({ args, flag }) => {
    const result = await runInMemory(args, { stdinIsTTY: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^code-or-cowork: ${flag}: needs a value`));
  });

  it.each([
    { args: ['Fix it', '--scheduled', '--no-scheduled'], stderr: 'code-or-cowork: --scheduled: conflicts with --no-scheduled: give one of them\n' },
    { args: ['Fix it', '--no-sandbox', '--sandbox'], stderr: 'code-or-cowork: --sandbox: conflicts with --no-sandbox: give one of them\n' },
    { args: ['Fix it', '--compliance', 'hipaa', '--compliance', 'none'], stderr: 'code-or-cowork: --compliance: "none" conflicts with "hipaa": give the regimes that apply, or none\n' },
    { args: ['Fix it', '--compliance=none,sox'], stderr: 'code-or-cowork: --compliance: "none" conflicts with "sox": give the regimes that apply, or none\n' },
    { args: ['Fix it', '--operator', 'technical', '--operator', 'non-technical'], stderr: 'code-or-cowork: --operator: given twice, as "technical" and "non-technical": give one value\n' },
  ])('contradicting flags name both: $args', async ({ args, stderr }) => {
    expect(await runInMemory(args)).toMatchObject({ status: 2, stderr });
  });

  it('the same value twice is no contradiction', async () => {
    expect((await runInMemory(['Fix it', '--operator', 'technical', '--operator', 'technical'])).status).toBe(0);
  });
});

describe('what the user typed, quoted back', () => {
  it('an over-long argument is not echoed whole', async () => {
    // One word is a task; one past the length limit is refused, and not echoed back whole.
    const word = 'x'.repeat(20_001);
    const result = await runInMemory([word], { stdinIsTTY: true });
    expect(result.status).toBe(2);
    expect(result.stderr.length).toBeLessThan(400);
  });

  it('an over-long flag value is not echoed whole', async () => {
    const result = await runInMemory(['Fix it', '--operator', 'y'.repeat(5_000)]);
    expect(result.status).toBe(2);
    expect(result.stderr.length).toBeLessThan(400);
  });

  it('bidi override characters in an error are shown as escapes', async () => {
    const result = await runInMemory(['Fix it', '--operator', 'admin\u202egnp.exe']);
    expect(result.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(result.stderr).toContain('\\u202e');
  });

  it('bidi override characters in the quoted evidence of an answer are dropped', async () => {
    const result = await runInMemory(['Deploy the \u202eIPA\u202c API to staging']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('the length limit', () => {
  const over = 'Fix it. '.repeat(2_501).trim().padEnd(20_008, '!');
  const message = 'code-or-cowork: text: is 20,008 UTF-16 code units long; the limit is 20,000 UTF-16 code units (JavaScript string length)\n';

  it('says what it counts, for an argument and for standard input alike', async () => {
    expect(await runInMemory([over])).toMatchObject({ status: 2, stderr: message });
    expect(await runInMemory([], { stdin: over })).toMatchObject({ status: 2, stderr: message });
  });

  it('strips standard input before it applies: a task at the limit with white space around it fits', async () => {
    const atLimit = 'a'.repeat(19_999);
    const result = await runInMemory(['--json'], { stdin: `\n\n  Deploy ${atLimit.slice(7)}   \n\n\n` });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
