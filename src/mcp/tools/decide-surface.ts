/** `decide_surface`: the contract's input in, the decision out (structured, plus a short text). */
import { renderText } from '../../index.js';
import type { Decision } from '../../index.js';
import { decisionJsonSchema, inputJsonSchema } from '../../schema/json-schemas.js';
import { issuesResult, objectSchema, structuredResult } from '../tool.js';
import type { McpTool } from '../tool.js';

/** The answer in a few lines: the headline and the reasons, as the CLI says it, without colour. */
function shortText(decision: Decision): string {
  return renderText(decision);
}

export const decideSurfaceTool: McpTool = {
  name: 'decide_surface',
  title: 'Claude Code or Claude Cowork?',
  description:
    'Decides whether a task belongs in Claude Code (code, infrastructure, automation, audited workloads) or Claude Cowork ' +
    '(knowledge work with Office apps and connectors), and says why: the rules that fired with the words behind them, ' +
    'caveats, the questions whose answers could change it, and for mixed work which part goes where. ' +
    'Give the task in `text`; add `context` answers you know (they beat what the text implies) and the organisation\'s `policy`.',
  inputSchema: objectSchema(inputJsonSchema()),
  outputSchema: objectSchema(decisionJsonSchema()),
  call(args, { safeDecide }) {
    const result = safeDecide(args);
    if (!result.ok) return issuesResult(result.error);
    return structuredResult(shortText(result.value), { ...result.value });
  },
};
