/** `POST /api/decide` and `POST /api/batch`: decide, log what was decided, answer. */
import type { Context } from 'hono';
import type { Decision, DecisionInput } from '../../index.js';
import { decideItem } from '../../lines/decide-item.js';
import { makeRecord } from '../../log/record.js';
import type { DecisionRecord } from '../../log/record.js';
import * as v from 'valibot';
import { DecideQuerySchema, MAX_BATCH_ITEMS } from '../api-schemas.js';
import { readJsonBody } from '../body.js';
import type { AppDeps } from '../deps.js';
import type { LogWriter } from '../log-writer.js';
import { failure, sendFailure } from '../errors.js';
import { queryIssues } from '../list-query.js';

export interface DecideDeps extends AppDeps {
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly writer: LogWriter;
}

function recordOf(deps: DecideDeps, input: DecisionInput, decision: Decision): DecisionRecord {
  return makeRecord(input, decision, { id: deps.newId(), time: deps.clock(), engineVersion: deps.version });
}

export async function decideRoute(c: Context, deps: DecideDeps): Promise<Response> {
  const query = v.safeParse(DecideQuerySchema, c.req.query());
  if (!query.success) return c.json({ errors: queryIssues(query.issues) }, 400);
  const body = await readJsonBody(c);
  if (!body.ok) return sendFailure(c, body.error);
  const input = deps.layer ? deps.layer(body.value) : body.value;
  const result = deps.engine.safeDecide(input);
  if (!result.ok) return c.json({ errors: result.error }, 400);
  if (!deps.log || query.output.log === 'false') return c.json(result.value);
  // A valid input is exactly an input of the contract (the schema is strict).
  const record = recordOf(deps, input as DecisionInput, result.value);
  await deps.writer.write([record]);
  return c.json({ id: record.id, ...result.value });
}

export async function batchRoute(c: Context, deps: DecideDeps): Promise<Response> {
  const body = await readJsonBody(c);
  if (!body.ok) return sendFailure(c, body.error);
  const items = body.value;
  if (!Array.isArray(items)) {
    return sendFailure(c, failure(400, 'input', 'input.not-object', 'must be a JSON array of input objects'));
  }
  if (items.length > MAX_BATCH_ITEMS) {
    return sendFailure(c, failure(400, 'input', 'batch.too-many', `has ${items.length} items; the limit is ${MAX_BATCH_ITEMS}`));
  }
  const records: DecisionRecord[] = [];
  let failed = 0;
  const results = items.map((item: unknown, index) => {
    let input: DecisionInput | undefined;
    const answer = decideItem(item, index + 1, (raw) => {
      const layered = deps.layer ? deps.layer(raw) : raw;
      const decided = deps.engine.safeDecide(layered);
      if (decided.ok) input = layered as DecisionInput;
      return decided;
    });
    if ('error' in answer) {
      failed += 1;
      return answer;
    }
    if (!deps.log || !input) return answer;
    const { id, ...decision } = answer;
    const record = recordOf(deps, input, decision);
    records.push(record);
    return { ...answer, recordId: record.id };
  });
  // One transaction for the whole batch: all of it is stored, or none.
  if (deps.log && records.length > 0) await deps.writer.write(records);
  return c.json({ results, answered: results.length, failed });
}
