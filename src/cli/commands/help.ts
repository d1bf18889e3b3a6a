/**
 * `help [command]`, and the line for a word that looks like a mistyped command. Both read the
 * program's own command list, so a new command needs no edit here.
 */
import type { Command } from 'commander';
import { nearest } from '../choice.js';
import { UsageError } from '../usage-error.js';

/** The program's commands, by name, without `help` itself. */
export function commandNames(program: Command): string[] {
  return program.commands.map((command) => command.name()).filter((name) => name !== 'help');
}

/**
 * A command `word` is one or two letters away from (one for short names): a typo, not a task.
 * @example nearCommand(program, 'bacth') // 'batch'
 */
export function nearCommand(program: Command, word: string): string | undefined {
  const names = commandNames(program);
  const near = nearest(word, names);
  if (near === undefined) return undefined;
  const allowed = near.length <= 4 ? 1 : 2;
  return nearest(word, [near], allowed) === undefined ? undefined : near;
}

export function registerHelp(program: Command): void {
  program.helpCommand(false);
  program
    .command('help')
    .description('show help for a command')
    .argument('[command]', 'the command to explain')
    .action((name: string | undefined) => {
      if (name === undefined) {
        program.outputHelp();
        return;
      }
      const command = program.commands.find((candidate) => candidate.name() === name && name !== 'help');
      if (command === undefined) {
        const near = nearCommand(program, name);
        const hint = near === undefined ? '' : `did you mean ${near}? `;
        throw new UsageError(name, `unknown command; ${hint}commands: ${commandNames(program).join(', ')}`);
      }
      command.outputHelp();
    });
}
