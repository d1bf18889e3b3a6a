/** Registers `code-or-cowork completion bash|zsh|fish`. */
import type { Command } from 'commander';
import { pickChoice } from '../choice.js';
import { completionScript, SHELLS } from '../completion.js';
import type { CliIo } from '../io.js';

const HELP = `
Install:
  bash  echo 'eval "$(code-or-cowork completion bash)"' >> ~/.bashrc
  zsh   echo 'eval "$(code-or-cowork completion zsh)"' >> ~/.zshrc
  fish  code-or-cowork completion fish > ~/.config/fish/completions/code-or-cowork.fish`;

export function registerCompletion(program: Command, io: CliIo): void {
  program
    .command('completion')
    .description('print a shell completion script: bash | zsh | fish')
    .argument('<shell>', SHELLS.join(' | '))
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP)
    .action((shell: string) => {
      io.stdout.write(completionScript(program, pickChoice('shell', shell, SHELLS) ?? 'bash'));
    });
}
