/**
 * The shapes of a triage summary and of the MCP `triage_tasks` result, for their JSON Schemas.
 * (The summary itself is counted by src/triage/summary.ts; this only describes it at the edge.)
 */
import * as v from 'valibot';
import { ISSUE_CODES } from '../core/ids.js';
import { DecisionSchema, LineIdSchema } from './output.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Counted = v.array(v.strictObject({ id: v.string(), count }));

export const TriageSummarySchema = v.strictObject({
  tasks: v.pipe(count, v.description('Tasks routed.')),
  products: v.strictObject({ code: count, cowork: count, both: count }),
  needAnswer: v.pipe(count, v.description('Tasks with at least one open question.')),
  rules: v.pipe(Counted, v.description('How often each rule fired, most frequent first.')),
  caveats: Counted,
  questions: Counted,
  skipped: v.pipe(count, v.description('Tasks that could not be routed (bad input).')),
  skippedRows: v.array(
    v.strictObject({ line: count, field: v.string(), code: v.string(), message: v.string() }),
  ),
});

export const ItemErrorSchema = v.strictObject({
  field: v.string(),
  code: v.picklist(ISSUE_CODES),
  message: v.string(),
});

export const TriageTasksOutputSchema = v.strictObject({
  summary: TriageSummarySchema,
  results: v.array(
    v.union([
      v.strictObject({ index: count, id: v.optional(LineIdSchema), decision: DecisionSchema }),
      v.strictObject({ index: count, id: v.optional(LineIdSchema), error: ItemErrorSchema }),
    ]),
  ),
});
