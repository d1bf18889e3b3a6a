/** Commander's parse errors, reworded as one-line usage errors that name the flag or argument. */
import type { CommanderError } from 'commander';
import { UsageError } from './usage-error.js';

/**
 * @example commanderUsageError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--fast'"))
 * // UsageError { subject: '--fast', message: 'unknown option' }
 */
export function commanderUsageError(error: CommanderError): UsageError {
  const text = error.message.replace(/^error: /, '');
  const quoted = /'([^']+)'/.exec(text)?.[1];
  const hint = /\(Did you mean ([^?]+)\?\)/.exec(text)?.[1];
  const suggestion = hint ? `; did you mean ${hint}?` : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError(quoted ?? 'option', `unknown option${suggestion}`);
    case 'commander.unknownCommand':
      return new UsageError(quoted ?? 'command', `unknown command${suggestion}`);
    case 'commander.optionMissingArgument':
      return new UsageError(quoted?.split(' ')[0] ?? 'option', 'needs a value (see --help)');
    case 'commander.excessArguments':
      return new UsageError('text', 'too many arguments: put the whole task in one pair of quotes');
    default:
      return new UsageError('usage', text.replace(/\s*\n\s*/g, ' '));
  }
}
