import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../eval/args.js';

const DEFAULTS = { files: [], format: 'text', check: false, misses: 40, out: null, color: null, help: false, loso: false };

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
  ])('rejects $argv', ({ argv, error }) => {
    expect(parseEvalArgs(argv)).toEqual({ ok: false, error });
  });
});

describe('--loso', () => {
  it('switches to the leave-one-source-out run', () => {
    expect(parseEvalArgs(['--loso', '--markdown'])).toMatchObject({ ok: true, value: { loso: true, format: 'markdown' } });
  });

  it.each([
    { argv: ['--loso'], misses: 0 },
    { argv: ['--loso', '--misses', '7'], misses: 7 },
    { argv: ['--misses=3', '--loso'], misses: 3 },
  ])('lists misses only when asked: $argv gives $misses', ({ argv, misses }) => {
    expect(parseEvalArgs(argv)).toMatchObject({ ok: true, value: { loso: true, misses } });
  });

  it('takes no files: it reads the three shared corpora itself', () => {
    expect(parseEvalArgs(['--loso', 'a.jsonl'])).toEqual({ ok: false, error: '--loso reads the three shared corpora itself; give no files' });
  });
});
