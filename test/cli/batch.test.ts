/** `code-or-cowork batch`: the contract's machine interface, end to end through the built binary. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { BatchDecisionLineSchema, BatchErrorLineSchema, BatchLineSchema } from '../../src/schema/output.js';
import { ensureBuilt, runBin } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const SCENARIOS = '/work/shared/scenarios/scenarios.jsonl';

const jsonl = (...lines: readonly unknown[]): string =>
  lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n';

function outputLines(stdout: string): v.InferOutput<typeof BatchLineSchema>[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => v.parse(BatchLineSchema, JSON.parse(line)));
}

describe('code-or-cowork batch', () => {
  it('answers every line in order, reports bad lines where they are, and exits 1', async () => {
    const input = jsonl(
      { id: 'a', text: 'Deploy the API to staging and run the smoke tests.' },
      '{"id": "b", "text": oops}',
      { text: 'Turn these meeting notes into a ten-slide deck.', label: 'cowork', expect: { surface: 'cowork' } },
      { id: 4, text: 'Tidy up the shared folder.', context: { operator: 'admin' } },
      { id: 'e', text: 'Fix the flaky login test.', source: 'unit', why: 'ignored' },
    );
    const result = await runBin(['batch'], { input });
    expect(result.status).toBe(1);
    // One summary line on stderr: how many failed, and where.
    expect(result.stderr).toBe('code-or-cowork: batch: 2 of 5 lines failed (lines 2, 4)\n');
    const lines = outputLines(result.stdout);
    expect(lines.map((line) => ('error' in line ? `${line.line}:${line.error.field}:${line.error.code}` : line.surface))).toEqual([
      'code',
      '2:input:input.not-json',
      'cowork',
      '4:context.operator:value.not-allowed',
      'code',
    ]);
    expect(lines.map((line) => line.id)).toEqual(['a', undefined, undefined, 4, 'e']);
  });

  it('words a bad field exactly as the library does', async () => {
    const result = await runBin(['batch'], { input: jsonl({ id: 'x', text: 'Draft it', context: { compliance: ['gdpr'] } }) });
    expect(JSON.parse(result.stdout)).toEqual({
      id: 'x',
      line: 1,
      error: { field: 'context.compliance.0', code: 'value.not-allowed', message: 'must be one of "hipaa", "pci", "sox", "soc2"' },
    });
  });

  it('skips blank lines without output but counts them in line numbers, and accepts CRLF', async () => {
    const input = '\n{"text":"Fix the build."}\r\n   \r\n{"id":"late","text":""}\r\n\n';
    const result = await runBin(['batch'], { input });
    expect(result.status).toBe(1);
    const lines = outputLines(result.stdout);
    expect(lines).toHaveLength(2);
    expect(v.is(BatchDecisionLineSchema, lines[0])).toBe(true);
    expect(lines[1]).toEqual({ id: 'late', line: 4, error: { field: 'text', code: 'text.empty', message: 'must not be empty or only whitespace' } });
  });

  it.each([
    { line: '[1, 2]', field: 'input' },
    { line: '"just text"', field: 'input' },
    { line: '{"id": "n"}', field: 'text' },
    { line: '{"text": "Fix it", "context": {"urgent": true}}', field: 'context.urgent' },
  ])('reports $line as a bad $field', async ({ line, field }) => {
    const result = await runBin(['batch'], { input: `${line}\n` });
    expect(result.status).toBe(1);
    const [answer] = outputLines(result.stdout);
    expect(v.parse(BatchErrorLineSchema, answer).error.field).toBe(field);
  });

  it('exits 0 with no output for empty input', async () => {
    expect(await runBin(['batch'], { input: '' })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('answers the scenario file line for line, ids in order, and exits 0', async () => {
    const input = readFileSync(SCENARIOS, 'utf8');
    const ids = input
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const result = await runBin(['batch'], { input });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = outputLines(result.stdout).map((line) => v.parse(BatchDecisionLineSchema, line));
    expect(lines.map((line) => line.id)).toEqual(ids);
  });
});

describe('code-or-cowork batch --rules-only', () => {
  // Terse terminal requests: the rules route them, and the learned signal is far surer of them.
  const texts = ['change the owner of the uploads folder to www-data', 'find the biggest files under the current directory', 'compress all the images in this folder and mail them to Dana'];
  const input = jsonl(...texts.map((text, index) => ({ id: index, text })));
  const expected = (engine: ReturnType<typeof createEngine>): unknown[] => texts.map((text, index) => ({ id: index, ...JSON.parse(JSON.stringify(engine.decide({ text }))) }));

  it.each([
    { flags: ['batch', '--rules-only'], engine: 'the rules alone', make: () => createEngine({ learned: null }) },
    { flags: ['batch'], engine: 'the rules and the learned signal', make: () => createEngine() },
  ])('$flags decides each line as the library does with $engine', async ({ flags, make }) => {
    const result = await runBin(flags, { input });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(outputLines(result.stdout)).toEqual(expected(make()));
  });

  it('gives decisions that differ from the default ones (the flag is not ignored)', async () => {
    const [rules, learned] = await Promise.all([runBin(['batch', '--rules-only'], { input }), runBin(['batch'], { input })]);
    const confidences = (stdout: string): unknown[] => outputLines(stdout).map((line) => ('confidence' in line ? line.confidence : undefined));
    expect(confidences(rules.stdout)).not.toEqual(confidences(learned.stdout));
  });
});
