/** `code-or-cowork "TEXT"`: one task, from the argument or standard input, answered in words or JSON. */
import { renderStep, renderText } from '../index.js';
import { organisationDecider, underRequest } from '../node/settings.js';
import type { Decision, Handoff, InputIssue, Result } from '../index.js';
import { colorEnabled } from './color.js';
import { flagError, inputFromFlags } from './flags.js';
import type { TaskFlags } from './flags.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';
import { QUESTION_FLAGS } from './question-flags.js';
import { readTask } from './read-task.js';
import { cliSettings } from './settings.js';
import { UsageError } from './usage-error.js';
import { zoneSettings } from './zone.js';

/**
 * Decides one task and writes the answer to stdout. Bad input throws `UsageError`.
 * @example await decideOne('Deploy the API', { json: true }, io) // 0, and io.stdout got the decision
 */
export async function decideOne(textArgument: string | undefined, flags: TaskFlags, io: CliIo): Promise<number> {
  const text = textArgument ?? (await taskFromStdin(io));
  // Flags are the request's own fields: they beat the policy file, which beats the defaults.
  const input = inputFromFlags(text, flags);
  const settings = await cliSettings(flags.config, io);
  const decider = organisationDecider(settings);
  // Only --next pays for the handoff; a plain answer is the decision alone.
  const result =
    flags.next === true
      ? decider.engine.safeHandoff(underRequest(input, settings), zoneSettings(undefined, io.env, new Date()))
      : mapDecision(decider.safeDecide(input));
  if (!result.ok) {
    const [first] = result.error;
    throw first ? flagError(first, input) : new UsageError('input', 'is invalid');
  }
  const isTTY = io.stdout.isTTY === true;
  const color = colorEnabled(io.env, isTTY, flags.color);
  const { decision, steps } = result.value;
  const [next] = flags.next === true ? steps : [];
  // --next: the first step of the handoff, after the usual answer (a "next" key beside the decision in JSON).
  const answer = flags.json
    ? JSON.stringify(next ? { ...decision, next } : decision, null, isTTY ? 2 : undefined)
    : `${renderText(decision, { color, questionHints: QUESTION_FLAGS })}${next ? `\n\n${renderStep(next, 1, { color }).replace(/^(\S*)1\. /, '$1Next step: ')}` : ''}`;
  io.stdout.write(`${answer}\n`);
  return EXIT.ok;
}

function mapDecision(result: Result<Decision, readonly InputIssue[]>): Result<Handoff, readonly InputIssue[]> {
  return result.ok ? { ok: true, value: { decision: result.value, steps: [] } } : result;
}

function taskFromStdin(io: CliIo): Promise<string> {
  if (io.stdin.isTTY === true) {
    throw new UsageError('text', 'missing: give the task in quotes, or pipe it in (see --help)');
  }
  return readTask(io.stdin);
}
