import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../eval/args.js';

const DEFAULTS = { files: [], format: 'text', check: false, misses: null, out: null, color: null, help: false, loso: false, sources: [] };

describe('parseEvalArgs', () => {
  it.each([
    { argv: [], expected: DEFAULTS },
    { argv: ['a.jsonl', 'b.jsonl'], expected: { ...DEFAULTS, files: ['a.jsonl', 'b.jsonl'] } },
    { argv: ['--json', '--check'], expected: { ...DEFAULTS, format: 'json', check: true } },
    { argv: ['--markdown', '--markdown'], expected: { ...DEFAULTS, format: 'markdown' } },
    { argv: ['--misses', '5'], expected: { ...DEFAULTS, misses: 5 } },
    { argv: ['--misses=0'], expected: { ...DEFAULTS, misses: 0 } },
    { argv: ['--out', 'reports/x', 'c.jsonl'], expected: { ...DEFAULTS, out: 'reports/x', files: ['c.jsonl'] } },
    { argv: ['--out=reports'], expected: { ...DEFAULTS, out: 'reports' } },
    { argv: ['--no-color', '-h'], expected: { ...DEFAULTS, color: false, help: true } },
    { argv: ['--', '--odd-name.jsonl'], expected: { ...DEFAULTS, files: ['--odd-name.jsonl'] } },
  ])('accepts $argv', ({ argv, expected }) => {
    expect(parseEvalArgs(argv)).toEqual({ ok: true, value: expected });
  });

  it.each([
    { argv: ['--bogus'], error: 'unknown option --bogus (see --help)' },
    { argv: ['-x'], error: 'unknown option -x (see --help)' },
    { argv: ['--misses'], error: '--misses needs a whole number of 0 or more, got nothing' },
    { argv: ['--misses', 'ten'], error: '--misses needs a whole number of 0 or more, got "ten"' },
    { argv: ['--misses', '-1'], error: '--misses needs a whole number of 0 or more, got "-1"' },
    { argv: ['--misses=2.5'], error: '--misses needs a whole number of 0 or more, got "2.5"' },
    { argv: ['--out'], error: '--out needs a directory' },
    { argv: ['--out', '--json'], error: '--out needs a directory' },
    { argv: ['--json', '--markdown'], error: '--json and --markdown cannot be combined' },
    { argv: ['--check=yes'], error: '--check takes no value' },
    { argv: ['--loso', '--source'], error: '--source needs a source name' },
    { argv: ['--loso', '--source', '--json'], error: '--source needs a source name' },
    { argv: ['--loso', '--source='], error: '--source needs a source name' },
    { argv: ['--source', 'alpha'], error: '--source works with --loso only' },
  ])('rejects $argv', ({ argv, error }) => {
    expect(parseEvalArgs(argv)).toEqual({ ok: false, error });
  });
});

describe('--loso', () => {
  it('switches to the leave-one-source-out run', () => {
    expect(parseEvalArgs(['--loso', '--markdown'])).toMatchObject({ ok: true, value: { loso: true, format: 'markdown' } });
  });

  it('takes no files: it reads the three shared corpora itself', () => {
    expect(parseEvalArgs(['--loso', 'a.jsonl'])).toEqual({ ok: false, error: '--loso reads the three shared corpora itself; give no files' });
  });
});

describe('--source', () => {
  it.each([
    { argv: ['--loso', '--source', 'alpha'], sources: ['alpha'], misses: null },
    { argv: ['--loso', '--source=alpha', '--source', 'beta'], sources: ['alpha', 'beta'], misses: null },
    { argv: ['--loso', '--source', 'alpha', '--source', 'alpha'], sources: ['alpha'], misses: null },
    { argv: ['--loso', '--source', 'alpha', '--misses', '3'], sources: ['alpha'], misses: 3 },
  ])('restricts the held-out run: $argv', ({ argv, sources, misses }) => {
    expect(parseEvalArgs(argv)).toMatchObject({ ok: true, value: { loso: true, sources, misses } });
  });
});
