/**
 * `code-or-cowork ask`: runs the conversation in the terminal and prints the final answer with what
 * changed and the equivalent command line. Ctrl-C at any step exits with status 130.
 */
import { cancel, intro, note, outro } from '@clack/prompts';
import { changeLine, equivalentCommand } from '../../ask/changes.js';
import { runAsk } from '../../ask/flow.js';
import { createEngine, renderText } from '../../index.js';
import type { DecisionInput } from '../../index.js';
import { colorEnabled } from '../color.js';
import { flagError, inputFromFlags } from '../flags.js';
import type { TaskFlags } from '../flags.js';
import { EXIT } from '../io.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { createClackPrompter } from './clack-prompter.js';

/** 128 + SIGINT: what a shell reports for a program stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

/** The flags a person gave, as they would type them again. */
function givenFlags(flags: TaskFlags): string[] {
  const out: string[] = [];
  if (flags.involvesCode !== undefined) out.push(`--involves-code ${flags.involvesCode}`);
  if (flags.scheduled !== undefined) out.push(flags.scheduled ? '--scheduled' : '--no-scheduled');
  if (flags.compliance !== undefined) out.push(`--compliance ${flags.compliance.length === 0 ? 'none' : flags.compliance.join(',')}`);
  if (flags.operator !== undefined) out.push(`--operator ${flags.operator}`);
  if (flags.sandbox !== undefined) out.push(flags.sandbox ? '--sandbox' : '--no-sandbox');
  if (flags.plan !== undefined) out.push(`--plan ${flags.plan}`);
  if (flags.coworkGateway !== undefined) out.push(flags.coworkGateway ? '--cowork-gateway' : '--no-cowork-gateway');
  return out;
}

/** @example await runAskCommand(undefined, {}, io) // 0 after the last answer, 130 on Ctrl-C */
export async function runAskCommand(textArgument: string | undefined, flags: TaskFlags, io: CliIo): Promise<number> {
  const engine = createEngine();
  const raw = inputFromFlags(textArgument ?? 'probe', flags);
  const checked = engine.validate(raw);
  if (!checked.ok) {
    const [first] = checked.error;
    throw first ? flagError(first, raw) : new UsageError('input', 'is invalid');
  }
  const { text: _probe, ...rest } = checked.value;
  const base: Omit<DecisionInput, 'text'> & { text?: string } = textArgument === undefined ? rest : checked.value;
  const output = io.stdout;
  const color = colorEnabled(io.env, io.stdout.isTTY === true, flags.color);
  const prompter = createClackPrompter({
    input: io.stdin,
    output,
    color,
    checkText: (text) => {
      const result = engine.validate({ text });
      return result.ok ? undefined : `The task ${result.error[0]?.message ?? 'is invalid'}`;
    },
  });

  intro('code-or-cowork: Claude Code or Claude Cowork?', { output });
  const outcome = await runAsk({ decide: (input) => engine.decide(input), prompter, base });
  if (outcome.kind === 'cancelled') {
    cancel('Stopped; nothing decided.', { output });
    return EXIT_INTERRUPTED;
  }
  const { input, first, final, answers } = outcome;
  note(renderText(final, { color }), answers.length === 0 ? 'Answer' : 'Final answer', { output });
  const command = equivalentCommand(input.text, [...givenFlags(flags), ...answers.map((answer) => answer.option.flags)]);
  outro(`${changeLine(first, final, answers)}\n   Next time: ${command}`, { output });
  return EXIT.ok;
}
