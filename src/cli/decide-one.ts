/** `code-or-cowork "TEXT"`: one task, from the argument or standard input, answered in words or JSON. */
import { renderText, safeDecide } from '../index.js';
import { colorEnabled } from './color.js';
import { flagError, inputFromFlags } from './flags.js';
import type { TaskFlags } from './flags.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';
import { QUESTION_FLAGS } from './question-flags.js';
import { readTask } from './read-task.js';
import { UsageError } from './usage-error.js';

/**
 * Decides one task and writes the answer to stdout. Bad input throws `UsageError`.
 * @example await decideOne('Deploy the API', { json: true }, io) // 0, and io.stdout got the decision
 */
export async function decideOne(textArgument: string | undefined, flags: TaskFlags, io: CliIo): Promise<number> {
  const text = textArgument ?? (await taskFromStdin(io));
  const input = inputFromFlags(text, flags);
  const result = safeDecide(input);
  if (!result.ok) {
    const [first] = result.error;
    throw first ? flagError(first, input) : new UsageError('input', 'is invalid');
  }
  const isTTY = io.stdout.isTTY === true;
  const answer = flags.json
    ? JSON.stringify(result.value, null, isTTY ? 2 : undefined)
    : renderText(result.value, { color: colorEnabled(io.env, isTTY), questionHints: QUESTION_FLAGS });
  io.stdout.write(`${answer}\n`);
  return EXIT.ok;
}

function taskFromStdin(io: CliIo): Promise<string> {
  if (io.stdin.isTTY === true) {
    throw new UsageError('text', 'missing: give the task in quotes, or pipe it in (see --help)');
  }
  return readTask(io.stdin);
}
