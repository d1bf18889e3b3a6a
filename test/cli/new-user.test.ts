/** CLI behaviour found when the tool was tried as a new user would (issue 10, section 4). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRegimes, inputFromFlags } from '../../src/cli/flags.js';
import { decide, renderText } from '../../src/index.js';
import { BIN, ROOT, ensureBuilt, runInMemory } from './helpers.js';

describe('the text answer names the flag that answers each question', () => {
  it.each([
    ['Prepare the weekly sales report.', '(--scheduled / --no-scheduled)'],
    ['Help me with the Q3 thing.', '(--involves-code yes|no)'],
  ])('%s', async (text, hint) => {
    const result = await runInMemory([text]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/One question that could change this: .+\?/);
    expect(result.stdout).toContain(hint);
  });
});

describe('renderText', () => {
  it('works without options: plain text, no colour, no hints', () => {
    const decision = decide({ text: 'Prepare the weekly sales report.' });
    const text = renderText(decision);
    expect(text).toBe(renderText(decision, { color: false }));
    expect(text).not.toContain('\u001b[');
    expect(text).not.toContain('--scheduled');
  });
});

describe('words, dashes and help', () => {
  it('a single word that is not a command is a task', async () => {
    const result = await runInMemory(['payroll', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ surface: expect.any(String) });
  });

  it.each([
    ['bacth', 'batch'],
    ['triag', 'triage'],
    ['lgo', 'log'],
  ])('%s is a letter or two from a command: did you mean %s?, exit 2', async (word, command) => {
    const result = await runInMemory([word]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^code-or-cowork: ${word}: unknown command; did you mean ${command}\\? \\(commands: batch, `));
  });

  it('"-" as the task reads it from standard input', async () => {
    const result = await runInMemory(['-', '--json'], { stdin: 'Deploy the API to staging\n' });
    expect(JSON.parse(result.stdout)).toMatchObject({ surface: 'code' });
  });

  it.each([
    [['help', 'frobnicate'], /^code-or-cowork: frobnicate: unknown command; commands: batch, [a-z, ]*triage, /],
    [['help', 'bacth'], /^code-or-cowork: bacth: unknown command; did you mean batch\? commands: /],
  ])('%j is one line naming the commands, exit 2, nothing internal', async (args, stderr) => {
    const result = await runInMemory(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('help COMMAND explains that command', async () => {
    const result = await runInMemory(['help', 'triage']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: code-or-cowork triage \[options\] <file>/);
  });
});

describe('batch FILE', () => {
  it('reads a file as well as standard input, with the same answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-file-'));
    try {
      const lines = '{"id":"a","text":"Deploy the API"}\n{"id":"b","text":"Write the memo"}\n';
      const path = join(dir, 'tasks.jsonl');
      writeFileSync(path, lines);
      const fromFile = await runInMemory(['batch', path]);
      const fromStdin = await runInMemory(['batch', '-'], { stdin: lines });
      expect(fromFile.status).toBe(0);
      expect(fromFile.stdout).toBe(fromStdin.stdout);
      expect(fromFile.stdout.trimEnd().split('\n')).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('colour', () => {
  it.each([
    [['Deploy the API', '--color'], {}, true],
    [['Deploy the API', '--no-color'], { FORCE_COLOR: '1' }, false],
    [['Deploy the API'], { FORCE_COLOR: '1' }, true],
    [['Deploy the API', '--color'], { NO_COLOR: '1' }, true],
    [['Deploy the API'], {}, false],
  ])('%j with %j colours: %s', async (args, env, coloured) => {
    const result = await runInMemory(args, { env });
    expect(result.stdout.includes('\u001b[')).toBe(coloured);
  });
});

describe('flag values, as --help states them', () => {
  const TASK = 'Prepare the weekly sales report.';
  it.each([
    [['--compliance', 'hippa'], '--compliance: must be one of "hipaa", "pci", "sox", "soc2" (got "hippa"); did you mean "hipaa"?'],
    [['--compliance', 'none,hipaa'], '--compliance: "none" conflicts with "hipaa": give the regimes that apply, or none'],
    [['--compliance', 'none', '--compliance', 'sox'], '--compliance: "none" conflicts with "sox": give the regimes that apply, or none'],
    [['--involves-code', 'true'], '--involves-code: must be one of "yes", "no" (got "true")'],
    [['--involves-code', 'yse'], '--involves-code: must be one of "yes", "no" (got "yse"); did you mean "yes"?'],
    [['--operator', 'non-techincal'], '--operator: must be one of "technical", "non-technical" (got "non-techincal"); did you mean "non-technical"?'],
    [['--plan', 'entreprise'], '--plan: must be one of "pro", "max", "team", "enterprise" (got "entreprise"); did you mean "enterprise"?'],
  ])('%j is refused in one line, exit 2', async (flags, stderr) => {
    const result = await runInMemory([TASK, ...flags]);
    expect(result).toEqual({ status: 2, stdout: '', stderr: `code-or-cowork: ${stderr}\n` });
  });

  it.each([
    [['--plan', 'TEAM'], { policy: { plan: 'team' } }],
    [['--operator', 'Non-Technical'], { context: { operator: 'non-technical' } }],
    [['--compliance', 'HIPAA,Sox'], { context: { compliance: ['hipaa', 'sox'] } }],
    [['--compliance', 'None'], { context: { compliance: [] } }],
    [['--involves-code', 'YES'], { context: { involvesCode: true } }],
    [['--knowledge', 'Guide'], { policy: { knowledge: 'guide' } }],
  ])('%j is matched whatever its case', async (flags, expected) => {
    const raw = { '--plan': 'plan', '--operator': 'operator', '--compliance': 'compliance', '--involves-code': 'involvesCode', '--knowledge': 'knowledge' } as const;
    const key = raw[flags[0] as keyof typeof raw];
    const value = key === 'compliance' ? collectRegimes(flags[1] as string) : flags[1];
    expect(inputFromFlags(TASK, { [key]: value })).toEqual({ text: TASK, ...expected });
    expect((await runInMemory([TASK, ...flags])).status).toBe(0);
  });
});

describe('the command as the README gives it', () => {
  it('`npx code-or-cowork` in the clone runs the built entry, which is executable', async () => {
    ensureBuilt();
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const result = await new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn('npx', ['--no-install', 'code-or-cowork', 'Deploy the API to staging', '--json'], { cwd: ROOT, timeout: 30_000 });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ surface: 'code' });
    // npx resolves the package before the program starts: seconds on a loaded machine.
  }, 60_000);
});
