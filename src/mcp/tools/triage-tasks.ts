/** `triage_tasks`: up to 1,000 inputs in one call; a summary of the split plus each task's decision or error. */
import { MAX_TASKS_PER_CALL } from '../limits.js';
import { batchInputLineJsonSchema, triageTasksOutputJsonSchema } from '../../schema/json-schemas.js';
import type { JsonSchema } from '../../schema/json-schemas.js';
import { toRow } from '../../triage/row.js';
import { createTally } from '../../triage/summary.js';
import { splitLine } from '../../triage/formats/summary-text.js';
import { issuesResult, objectSchema, structuredResult } from '../tool.js';
import type { McpTool } from '../tool.js';

const INPUT_KEYS = ['text', 'context', 'policy'] as const;

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

type Result = { index: number; id?: string | number } & ({ decision: unknown } | { error: unknown });

export const triageTasksTool: McpTool = {
  name: 'triage_tasks',
  title: 'Route a list of tasks',
  description:
    `Routes up to ${MAX_TASKS_PER_CALL} tasks at once between Claude Code and Claude Cowork. Returns a summary ` +
    '(how many go to each product, the most frequent rules and caveats, how many need an answer) and, in order, ' +
    'each task\'s decision, or the coded error of a task that could not be decided.',
  inputSchema,
  outputSchema: objectSchema(triageTasksOutputJsonSchema()),
  call(args, { engine }) {
    const unknown = Object.keys(args).find((key) => key !== 'tasks');
    if (unknown !== undefined) return issuesResult([{ field: unknown, code: 'key.unknown', message: 'is not a known argument (expected: tasks)' }]);
    const tasks = args['tasks'];
    if (!Array.isArray(tasks)) return issuesResult([{ field: 'tasks', code: 'value.wrong-type', message: tasks === undefined ? 'is missing: give an array of task inputs' : 'must be an array of task inputs' }]);
    if (tasks.length === 0 || tasks.length > MAX_TASKS_PER_CALL) {
      return issuesResult([{ field: 'tasks', code: 'value.not-allowed', message: `must hold 1 to ${MAX_TASKS_PER_CALL} tasks (got ${tasks.length})` }]);
    }
    const tally = createTally();
    const results: Result[] = tasks.map((task: unknown, index) => {
      const record = typeof task === 'object' && task !== null && !Array.isArray(task) ? (task as Record<string, unknown>) : undefined;
      const rawId = record?.['id'];
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined;
      const carried = id === undefined ? { index } : { index, id };
      const input = record === undefined ? task : Object.fromEntries(INPUT_KEYS.filter((key) => Object.hasOwn(record, key)).map((key) => [key, record[key]]));
      const decided = engine.safeDecide(input);
      if (!decided.ok) {
        const issue = decided.error[0] ?? { field: 'input', code: 'input.not-object', message: 'is invalid' };
        const error = { field: `tasks.${index}${issue.field === 'input' ? '' : `.${issue.field}`}`, code: issue.code, message: issue.message };
        tally.skip({ line: index + 1, ...error });
        return { ...carried, error };
      }
      tally.add(toRow(decided.value, { line: index + 1, text: typeof input === 'object' && input !== null ? String((input as Record<string, unknown>)['text']) : '' }));
      return { ...carried, decision: decided.value };
    });
    const summary = tally.summary();
    const failed = summary.skipped > 0 ? `; ${summary.skipped} could not be decided` : '';
    return structuredResult(`${splitLine(summary)}; ${summary.needAnswer} need an answer${failed}.`, { summary, results });
  },
};
