/** The JSON Schemas shipped in schema/ are generated from the valibot schemas and must match them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemaFiles, staleJsonSchemaFiles } from '../../scripts/gen-json-schema.js';
import { CAVEAT_IDS, RULE_IDS } from '../../src/core/ids.js';

const committed = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('schema/*.json', () => {
  it('are current: run `npm run schema` after changing src/schema', async () => {
    expect(await staleJsonSchemaFiles()).toEqual([]);
  });

  it('are the four files package.json exports', () => {
    expect(Object.keys(renderJsonSchemaFiles()).sort()).toEqual([
      'batch-input-line.schema.json',
      'batch-output-line.schema.json',
      'decision-input.schema.json',
      'decision-output.schema.json',
    ]);
  });

  it('spell out the input rules a JSON Schema can express', () => {
    const input = committed('decision-input.schema.json');
    expect(input).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      required: ['text'],
      additionalProperties: false,
      properties: { text: { type: 'string', minLength: 1, maxLength: 20_000, pattern: '\\S' } },
    });
  });

  it('list every rule and caveat id of the contract', () => {
    const text = JSON.stringify(committed('decision-output.schema.json'));
    for (const id of [...RULE_IDS, ...CAVEAT_IDS]) expect(text).toContain(`"${id}"`);
  });
});
