/** `triage_tasks`: up to 1,000 inputs in one call; a summary of the split plus each task's decision or error. */
import { decideItem } from '../../lines/decide-item.js';
import { MAX_TASKS_PER_CALL } from '../limits.js';
import { batchInputLineJsonSchema, triageTasksOutputJsonSchema } from '../../schema/json-schemas.js';
import type { JsonSchema } from '../../schema/json-schemas.js';
import { toRow } from '../../triage/row.js';
import { createTally } from '../../triage/summary.js';
import { splitLine } from '../../triage/formats/summary-text.js';
import { issuesResult, objectSchema, structuredResult } from '../tool.js';
import type { McpTool } from '../tool.js';

const inputSchema: JsonSchema = {
  type: 'object',
  properties: {
    tasks: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_TASKS_PER_CALL,
      description: 'The tasks, each a decision input (text, optional context and policy) with an optional id copied to its result.',
      items: objectSchema(batchInputLineJsonSchema()),
    },
  },
  required: ['tasks'],
  additionalProperties: false,
};

type Result = { index: number; id?: unknown } & ({ decision: unknown } | { error: unknown });

export const triageTasksTool: McpTool = {
  name: 'triage_tasks',
  title: 'Route a list of tasks',
  description:
    `Routes up to ${MAX_TASKS_PER_CALL} tasks at once between Claude Code and Claude Cowork. Returns a summary ` +
    '(how many go to each product, the most frequent rules and caveats, how many need an answer) and, in order, ' +
    'each task\'s decision, or the coded error of a task that could not be decided.',
  inputSchema,
  outputSchema: objectSchema(triageTasksOutputJsonSchema()),
  call(args, { safeDecide }) {
    const unknown = Object.keys(args).find((key) => key !== 'tasks');
    if (unknown !== undefined) return issuesResult([{ field: unknown, code: 'key.unknown', message: 'is not a known argument (expected: tasks)' }]);
    const tasks = args['tasks'];
    if (!Array.isArray(tasks)) return issuesResult([{ field: 'tasks', code: 'value.wrong-type', message: tasks === undefined ? 'is missing: give an array of task inputs' : 'must be an array of task inputs' }]);
    if (tasks.length === 0 || tasks.length > MAX_TASKS_PER_CALL) {
      return issuesResult([{ field: 'tasks', code: 'value.not-allowed', message: `must hold 1 to ${MAX_TASKS_PER_CALL} tasks (got ${tasks.length})` }]);
    }
    const tally = createTally();
    const results: Result[] = tasks.map((task: unknown, index) => {
      const answer = decideItem(task, index + 1, safeDecide);
      if ('error' in answer) {
        const { id, error } = answer;
        // Fields are named from the arguments' root, so an agent can find the task: tasks.3.text.
        const field = `tasks.${index}${error.field === 'input' ? '' : `.${error.field}`}`;
        tally.skip({ line: index + 1, ...error, field });
        return { index, ...(id !== undefined && { id }), error: { ...error, field } };
      }
      const { id, ...decision } = answer;
      tally.add(toRow(decision, { line: index + 1, text: '' }));
      return { index, ...(id !== undefined && { id }), decision };
    });
    const summary = tally.summary();
    const failed = summary.skipped > 0 ? `; ${summary.skipped} could not be decided` : '';
    return structuredResult(`${splitLine(summary)}; ${summary.needAnswer} need an answer${failed}.`, { summary, results });
  },
};
