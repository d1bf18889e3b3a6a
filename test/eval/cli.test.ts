import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const badJson = file('bad.jsonl', '{"text": "Sort the inbox", "label": "cowork"}\n{"text": \n');
const badLabel = file('label.jsonl', '{"text": "Sort the inbox", "label": "maybe"}\n');
const empty = file('empty.jsonl', '\n');

function run(script: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: ROOT, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run eval: errors exit 2 with one line naming the problem', () => {
  it.each([
    { args: ['--frobnicate'], message: 'eval: unknown option --frobnicate (see --help)' },
    { args: ['--misses', 'lots'], message: 'eval: --misses needs a whole number of 0 or more, got "lots"' },
    { args: ['--json', '--markdown'], message: 'eval: --json and --markdown cannot be combined' },
    { args: [join(dir, 'missing.jsonl')], message: `eval: ${join(dir, 'missing.jsonl')}: cannot read (no such file)` },
    { args: [dir], message: `eval: ${dir}: cannot read (is a directory)` },
    { args: [badJson], message: `eval: ${badJson}:2: invalid JSON` },
    { args: [badLabel], message: `eval: ${badLabel}:1: "label" must be one of "code", "cowork"` },
    { args: [empty], message: `eval: ${empty}: no items` },
  ])('$args', ({ args, message }) => {
    const result = run('scripts/eval.ts', args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });

  it('prints the usage with --help and exits 0', () => {
    const result = run('scripts/eval.ts', ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run eval');
  });
});

describe('npm run eval on a corpus the engine must get wrong', () => {
  // Labels swapped on purpose, so every target fails whatever the engine's tuning.
  const swapped = file(
    'swapped.jsonl',
    [
      '{"id": "mine:1", "text": "Deploy the API service to the staging Kubernetes cluster", "label": "cowork"}',
      '{"id": "mine:2", "text": "Turn these meeting notes into a five-slide PowerPoint deck", "label": "code"}',
    ].join('\n'),
  );

  it.each([
    { args: [], status: 0 },
    { args: ['--check'], status: 1 },
  ])('exits $status with $args', ({ args, status }) => {
    expect(run('scripts/eval.ts', [swapped, '--misses', '0', ...args]).status).toBe(status);
    // A child process that loads the engine and the model: seconds on a busy machine.
  }, 60_000);

  it('prints JSON with --json and writes all three reports with --out', () => {
    const out = join(dir, 'out');
    const result = run('scripts/eval.ts', [swapped, '--json', '--out', out]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { passed: boolean; files: { misses: unknown[] }[] };
    expect(report.passed).toBe(false);
    expect(report.files[0]?.misses).toHaveLength(2);
    for (const name of ['report.txt', 'report.json', 'report.md']) expect(existsSync(join(out, name))).toBe(true);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# Routing evaluation/);
  });
});

describe('npm run readme:accuracy', () => {
  it('leaves a README without markers alone and exits 2', () => {
    const readme = file('README.md', '# A project\n\nNo table here.\n');
    const result = run('scripts/update-readme-accuracy.ts', [readme]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no <!-- accuracy:start --> … <!-- accuracy:end --> markers');
    expect(readFileSync(readme, 'utf8')).toBe('# A project\n\nNo table here.\n');
  });
});
