/** Real batch input and output validate against the shipped JSON Schemas, checked by an independent validator (ajv). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../cli/helpers.js';

const schema = (name: string): object => JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const inputLine = ajv.compile(schema('batch-input-line.schema.json'));
const outputLine = ajv.compile(schema('batch-output-line.schema.json'));

const SCENARIOS = '/work/shared/scenarios/scenarios.jsonl';

const INPUT = [
  { id: 'a', text: 'Deploy the API to staging and run the smoke tests.' },
  { id: 2, text: 'Turn these meeting notes into a slide deck.', label: 'cowork', expect: { surface: 'cowork' } },
  { text: 'Fix the login bug, then write the customer letter about it.', context: { scheduled: false }, policy: { plan: 'team' } },
  { id: 'bad-1', text: '' },
  { id: 'bad-2', text: 'Tidy up', context: { operator: 'boss' } },
  'not json at all',
];

describe('batch lines against schema/batch-*.schema.json', () => {
  it('every output line of a real run, decision or error, validates', async () => {
    const stdin = INPUT.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n';
    const result = await runInMemory(['batch'], { stdin });
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(INPUT.length);
    for (const line of lines) expect(outputLine(line), JSON.stringify(outputLine.errors)).toBe(true);
    expect(lines.filter((line) => 'error' in line)).toHaveLength(3);
  });

  it('the scenario file lines (with their extra keys) are valid input lines', () => {
    const lines = readFileSync(SCENARIOS, 'utf8').split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(inputLine(JSON.parse(line)), JSON.stringify(inputLine.errors)).toBe(true);
  });

  it.each([
    [{ text: '' }, false],
    [{ text: 'Fix it', id: true }, true],
    [{ text: 'Fix it', id: { ticket: 7 } }, true],
    [{ text: 'Fix it', context: { operator: 'boss' } }, false],
    [{ text: 'Fix it', id: 'x', label: 'anything' }, true],
  ])('input line %j valid: %s', (line, valid) => {
    expect(inputLine(line)).toBe(valid);
  });

  it('an output line that breaks the contract does not validate', () => {
    expect(outputLine({ line: 0, error: { field: 'text', code: 'text.empty', message: 'x' } })).toBe(false);
    expect(outputLine({ line: 3, error: { field: 'text', code: 'made.up', message: 'x' } })).toBe(false);
  });
});
