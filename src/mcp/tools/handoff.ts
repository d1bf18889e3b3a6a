/** `handoff`: the contract's input (plus the zone clock times are meant in) in, the decision and its ready next steps out. */
import { answerHandoffRequest, renderSteps, renderText } from '../../index.js';
import { handoffInputJsonSchema, handoffJsonSchema } from '../../schema/json-schemas.js';
import { issuesResult, objectSchema, structuredResult } from '../tool.js';
import type { McpTool } from '../tool.js';

const HOW_TO_CHANGE_ZONE = 'pass "timeZone" in the arguments, e.g. "Europe/Berlin"';

export const handoffTool: McpTool = {
  name: 'handoff',
  title: 'The next step, ready to act on',
  description:
    'Decides which product a task belongs in, then writes the next step for each product to use, in order: a `claude -p` command ' +
    '(prompt, permission mode, allowed tools) for a one-off code task, a GitHub Actions workflow file for a scheduled or event-triggered one, ' +
    'a Cowork brief (goal, inputs, output, checks, approval mode) for knowledge work, or a Cowork scheduled task with the 2026-11 edition. ' +
    'Give the task in `text`; `timeZone` (IANA, e.g. "Europe/Berlin") is the zone its clock times are meant in, UTC by default.',
  inputSchema: objectSchema(handoffInputJsonSchema()),
  outputSchema: objectSchema(handoffJsonSchema()),
  call(args, { engine, clock }) {
    const result = answerHandoffRequest(engine, args, clock?.() ?? new Date(), HOW_TO_CHANGE_ZONE);
    if (!result.ok) return issuesResult(result.error);
    const text = `${renderText(result.value.decision, { color: false })}\n\n${renderSteps(result.value.steps, { color: false })}`;
    return structuredResult(text, { ...result.value });
  },
};
