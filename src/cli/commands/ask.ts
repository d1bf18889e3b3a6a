/** Registers `code-or-cowork ask ["TEXT"]`; the prompts are loaded only when it runs in a terminal. */
import type { Command } from 'commander';
import { addColorOptions } from '../color.js';
import type { TaskFlags } from '../flags.js';
import type { CliIo } from '../io.js';
import { addTaskOptions } from '../task-options.js';
import { UsageError } from '../usage-error.js';

const HELP = `
Asks for the task, shows the answer so far with its reasons, then asks one at a time only the
questions whose answers would change it (arrow keys and Enter; Ctrl-C stops, exit status 130),
and prints the final answer, what changed, and the same answer as one command line.

Needs a terminal. Without one, give the answers as flags instead:
  $ code-or-cowork "TEXT" --involves-code yes --no-scheduled --compliance none --operator technical`;

/** The flags that answer the questions `ask` would put, for the not-a-terminal error. */
export const ANSWER_FLAGS = '--involves-code yes|no, --scheduled/--no-scheduled, --compliance hipaa,pci,sox,soc2|none, --operator technical|non-technical';

export function registerAsk(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  const command = program
    .command('ask')
    .description('the quick decision test as a conversation: asks only what would change the answer')
    .argument('[text]', 'the task, in quotes; asked for when omitted')
    .helpOption('-h, --help', 'show this help');
  addColorOptions(addTaskOptions(command))
    .addHelpText('after', HELP)
    .action(async (text: string | undefined, flags: TaskFlags) => {
      if (io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
        throw new UsageError('ask', `needs a terminal; without one, decide with flags: code-or-cowork "TEXT" ${ANSWER_FLAGS}`);
      }
      const { runAskCommand } = await import('../ask/run.js');
      setStatus(await runAskCommand(text, flags, io));
    });
}
