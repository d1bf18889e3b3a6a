/** Commander's parse errors, reworded as one-line usage errors that name the flag or argument. */
import type { CommanderError } from 'commander';
import { FLAG_VALUES } from './flags.js';
import { UsageError } from './usage-error.js';

/**
 * @example commanderUsageError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--fast'"))
 * // UsageError { subject: '--fast', message: 'unknown option' }
 */
export function commanderUsageError(error: CommanderError): UsageError {
  const text = error.message.replace(/^error: /, '');
  const quoted = /'([^']+)'/.exec(text)?.[1];
  const hint = /\(Did you mean ([^?()]+)\?\)/.exec(text)?.[1];
  const suggestion = hint ? `; did you mean ${hint}?` : '';
  switch (error.code) {
    case 'commander.unknownOption':
      // A one-dash word that is no flag may be the start of a task: say how to pass it as the task.
      return new UsageError(quoted ?? 'option', `unknown option${suggestion || (/^-[^-]/.test(quoted ?? '') ? '; a task that starts with a dash goes after --: code-or-cowork -- "-x ..."' : '')}`);
    case 'commander.unknownCommand':
      return new UsageError(quoted ?? 'command', `unknown command${suggestion}`);
    case 'commander.optionMissingArgument': {
      const flag = quoted?.split(' ')[0] ?? 'option';
      const values = FLAG_VALUES[flag];
      const allowed = values ? `: one of ${values.map((value) => `"${value}"`).join(', ')}` : '';
      return new UsageError(flag, `needs a value${allowed}`);
    }
    case 'commander.excessArguments':
      // "too many arguments for 'batch'" names a subcommand; without a name it is the task.
      return quoted
        ? new UsageError(quoted, 'takes no arguments')
        : new UsageError('text', 'too many arguments: put the whole task in one pair of quotes');
    default:
      return new UsageError('usage', oneLine(text));
  }
}

/** Commander's message on one line: its lines trimmed and joined by a space. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
