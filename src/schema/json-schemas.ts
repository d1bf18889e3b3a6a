/**
 * The contract's shapes as JSON Schema (draft-07), generated from the valibot schemas the code
 * validates with, so the published files, the MCP tools' schemas and the code cannot drift apart.
 * `scripts/gen-json-schema.ts` writes them to schema/; the MCP server declares them on its tools.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { ConversionConfig, JsonSchema } from '@valibot/to-json-schema';
import { DecisionInputSchema } from './input.js';
import { BatchLineSchema, DecisionSchema } from './output.js';
import { TriageTasksOutputSchema } from './triage.js';
import { HandoffRequestSchema, HandoffSchema } from './handoff.js';

export type { JsonSchema } from '@valibot/to-json-schema';

const CONFIG: ConversionConfig = {
  target: 'draft-07',
  // `check` actions (e.g. "text is not only whitespace") have no general JSON Schema form;
  // the keywords that express them are added by hand below.
  ignoreActions: ['check'],
};

/** Puts `$schema` and a title first, where a reader looks for them. */
function titled(title: string, { $schema, ...rest }: JsonSchema): JsonSchema {
  return { $schema, title, ...rest };
}

function withTextRule(schema: JsonSchema): JsonSchema {
  const text = schema.properties?.['text'];
  if (typeof text !== 'object') throw new Error('the input schema has no "text" property');
  // "must not be empty or only whitespace": at least one non-whitespace character.
  Object.assign(text, { minLength: 1, pattern: '\\S' });
  return schema;
}

/** @example inputJsonSchema().required // ['text'] */
export function inputJsonSchema(): JsonSchema {
  return titled('code-or-cowork decision input', withTextRule(toJsonSchema(DecisionInputSchema, CONFIG)));
}

export function decisionJsonSchema(): JsonSchema {
  return titled('code-or-cowork decision', toJsonSchema(DecisionSchema, CONFIG));
}

/** A batch input line: the decision input plus an optional id; any other key (label, expect, ...) is ignored. */
export function batchInputLineJsonSchema(): JsonSchema {
  const schema = withTextRule(toJsonSchema(DecisionInputSchema, CONFIG));
  const properties = { ...schema.properties, id: { description: 'Copied to the output line exactly: any JSON value; a number keeps every digit it is written with.' } };
  return titled('code-or-cowork batch input line', { ...schema, properties, additionalProperties: true });
}

/** A batch output line: a decision with the input's id, or an error naming the line and the field. */
export function batchOutputLineJsonSchema(): JsonSchema {
  return titled('code-or-cowork batch output line', toJsonSchema(BatchLineSchema, CONFIG));
}

/** The MCP `triage_tasks` result: a summary and, per task in order, its decision or its error. */
export function triageTasksOutputJsonSchema(): JsonSchema {
  return titled('code-or-cowork triage result', toJsonSchema(TriageTasksOutputSchema, CONFIG));
}

/** A handoff request: the decision input plus the zone and date clock times are read with. */
export function handoffInputJsonSchema(): JsonSchema {
  return titled('code-or-cowork handoff request', withTextRule(toJsonSchema(HandoffRequestSchema, CONFIG)));
}

/** A handoff: the decision and its next steps. */
export function handoffJsonSchema(): JsonSchema {
  return titled('code-or-cowork handoff', toJsonSchema(HandoffSchema, CONFIG));
}
