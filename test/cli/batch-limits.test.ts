/**
 * Batch input read as people and programs write it, within bounds: a line has a byte cap and a
 * nesting limit (each a coded error on its line, and the run goes on), only "\n" and "\r\n" end
 * lines, ids come back exactly as they were written, and a failed write is one line on stderr.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchLineSchema } from '../../src/schema/output.js';
import { BIN, ensureBuilt, runBin } from './helpers.js';

beforeAll(ensureBuilt);

const task = (id: string): string => JSON.stringify({ id, text: 'Turn these meeting notes into a slide deck' });
const answers = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const codeOf = (answer: Record<string, unknown>): unknown => (answer['error'] as { code?: string } | undefined)?.code;

describe('batch line cap', () => {
  it.each([
    { name: 'a line over the cap', long: JSON.stringify({ id: 'big', text: 'x'.repeat(5_000) }) },
    { name: 'a line of brackets over the cap', long: '['.repeat(50_000) },
  ])('answers $name with line.too-long and goes on', async ({ long }) => {
    const result = await runBin(['batch', '--max-line-bytes', '1000'], { input: `${task('a')}\n${long}\n${task('c')}\n` });
    expect(result.status).toBe(1);
    const lines = answers(result.stdout);
    expect(lines.map((line) => line['id'] ?? codeOf(line))).toEqual(['a', 'line.too-long', 'c']);
    expect(lines[1]).toMatchObject({ line: 2, error: { field: 'input', code: 'line.too-long' } });
    expect(String((lines[1]?.['error'] as { message: string }).message)).toContain('1000 bytes');
    for (const line of lines) expect(v.is(BatchLineSchema, line)).toBe(true);
  });

  it('takes a line of exactly the cap, with or without "\\r\\n"', async () => {
    const line = JSON.stringify({ id: 'fits', text: 'Deploy the API' });
    const cap = String(Buffer.byteLength(line));
    const result = await runBin(['batch', '--max-line-bytes', cap], { input: `${line}\r\n${line}\n` });
    expect(answers(result.stdout).map((answer) => answer['id'])).toEqual(['fits', 'fits']);
  });

  it.each(['', '0', '-5', '1.5', 'lots'])('refuses --max-line-bytes %j, naming the flag', async (value) => {
    const result = await runBin(['batch', '--max-line-bytes', value], { input: `${task('a')}\n` });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^code-or-cowork: --max-line-bytes: /);
  });
});

describe('batch nesting limit', () => {
  it.each([
    { name: 'brackets', line: `${'['.repeat(100)}${']'.repeat(100)}` },
    { name: 'a deep context', line: `{"id":"d","text":"Deploy it","context":${'{"a":'.repeat(80)}1${'}'.repeat(80)}}` },
  ])('answers $name with line.too-deep', async ({ line }) => {
    const result = await runBin(['batch'], { input: `${line}\n${task('next')}\n` });
    const lines = answers(result.stdout);
    expect(lines.map((answer) => codeOf(answer) ?? answer['id'])).toEqual(['line.too-deep', 'next']);
  });

  it('does not count brackets inside strings', async () => {
    const result = await runBin(['batch'], { input: `${JSON.stringify({ id: 's', text: `Fix the "parser" for ${'['.repeat(200)}` })}\n` });
    expect(result.status).toBe(0);
    expect(answers(result.stdout)[0]).toMatchObject({ id: 's', surface: expect.any(String) });
  });
});

describe('batch line endings', () => {
  it.each([
    { name: 'a lone \\r inside a line is white space', input: '{"id":"r",\r"text":"Deploy the API"}\n', ids: ['r'] },
    { name: '\\r\\n ends a line', input: `${task('a')}\r\n${task('b')}\r\n`, ids: ['a', 'b'] },
    { name: 'a last line without an ending', input: `${task('a')}\n${task('b')}`, ids: ['a', 'b'] },
  ])('$name', async ({ input, ids }) => {
    const result = await runBin(['batch'], { input });
    expect(result.status).toBe(0);
    expect(answers(result.stdout).map((answer) => answer['id'])).toEqual(ids);
  });
});

describe('batch ids', () => {
  it.each([
    '1234567890123456789',
    '1e400',
    '-0.10000000000000000555',
    '"t-1"',
    'null',
    'true',
    '{"ticket":7,"queue":"ops"}',
    '[1,"two"]',
  ])('copies the id %s exactly, on decision and error lines', async (id) => {
    const input = `{"id":${id},"text":"Deploy the API"}\n{"id":${id},"text":""}\n`;
    const result = await runBin(['batch'], { input });
    const [decided, failed] = result.stdout.split('\n');
    expect(decided?.startsWith(`{"id":${id},"surface":`)).toBe(true);
    expect(failed?.startsWith(`{"id":${id},"line":2,"error":`)).toBe(true);
    for (const line of answers(result.stdout)) expect(v.is(BatchLineSchema, line)).toBe(true);
  });
});

describe('a failed write', () => {
  it.each([[['batch']], [['Deploy the API']]])('%j to /dev/full: one line on stderr, exit 74', (args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], { input: `${task('a')}\n`, stdio: ['pipe', full, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(74);
      expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^code-or-cowork: cannot write the output: ENOSPC/)]);
    } finally {
      closeSync(full);
    }
  });
});
