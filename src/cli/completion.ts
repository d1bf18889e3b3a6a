/**
 * `code-or-cowork completion bash|zsh|fish`: a completion script read off the program's own commands
 * and options, so a new command or flag completes without an edit here. Pure: the command prints it.
 */
import type { Command } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Words {
  readonly commands: readonly string[];
  readonly rootOptions: readonly string[];
  readonly commandOptions: ReadonlyMap<string, readonly string[]>;
}

const flagsOf = (command: Command): string[] => command.options.map((option) => option.long ?? option.short ?? '').filter((flag) => flag !== '');

function wordsOf(program: Command): Words {
  const commands = program.commands.map((command) => command.name());
  return {
    commands,
    rootOptions: [...new Set([...flagsOf(program), '--help', '--version'])],
    commandOptions: new Map(program.commands.map((command) => [command.name(), [...flagsOf(command), '--help']])),
  };
}

function bash(words: Words): string {
  const cases = [...words.commandOptions]
    .map(([name, flags]) => `    ${name}) opts="${flags.join(' ')}" ;;`)
    .join('\n');
  return `# code-or-cowork completion for bash: eval "$(code-or-cowork completion bash)"
_code_or_cowork() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts
  case "\${COMP_WORDS[1]}" in
${cases}
    *) opts="${[...words.commands, ...words.rootOptions].join(' ')}" ;;
  esac
  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
}
complete -o default -F _code_or_cowork code-or-cowork
`;
}

function fish(words: Words): string {
  const lines = [
    '# code-or-cowork completion for fish: code-or-cowork completion fish | source',
    `complete -c code-or-cowork -n '__fish_use_subcommand' -a '${words.commands.join(' ')}'`,
    ...words.rootOptions.map((flag) => `complete -c code-or-cowork -n '__fish_use_subcommand' -l ${flag.replace(/^--/, '')}`),
    ...[...words.commandOptions].flatMap(([name, flags]) =>
      flags.map((flag) => `complete -c code-or-cowork -n '__fish_seen_subcommand_from ${name}' -l ${flag.replace(/^--/, '')}`),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * @example completionScript(program, 'bash') // '# code-or-cowork completion for bash: ...'
 */
export function completionScript(program: Command, shell: Shell): string {
  const words = wordsOf(program);
  switch (shell) {
    case 'bash':
      return bash(words);
    case 'zsh':
      // zsh runs bash completions through bashcompinit.
      return `# code-or-cowork completion for zsh: eval "$(code-or-cowork completion zsh)"\nautoload -U +X bashcompinit && bashcompinit\n${bash(words)}`;
    case 'fish':
      return fish(words);
  }
}
