/** `code-or-cowork completion`: scripts read off the program's own commands and flags. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runInMemory } from './helpers.js';

/** What bash completes for the words typed so far, through the generated script. */
function bashCompletes(script: string, words: readonly string[]): string[] {
  const program = `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _code_or_cowork; echo "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['-c', program], { encoding: 'utf8' }).trim().split(' ');
}

describe('code-or-cowork completion', () => {
  it('bash completes commands and each command\'s own flags', async () => {
    const { stdout, status } = await runInMemory(['completion', 'bash']);
    expect(status).toBe(0);
    expect(bashCompletes(stdout, ['code-or-cowork', 'tri'])).toEqual(['triage']);
    expect(bashCompletes(stdout, ['code-or-cowork', 'triage', '--format'])).toEqual(['--format-in', '--format']);
    expect(bashCompletes(stdout, ['code-or-cowork', '--no-sch'])).toEqual(['--no-scheduled']);
  });

  it.each([
    ['zsh', /^# code-or-cowork completion for zsh[\s\S]*bashcompinit[\s\S]*complete -o default -F _code_or_cowork code-or-cowork\n$/],
    ['fish', /^# code-or-cowork completion for fish[\s\S]*complete -c code-or-cowork -n '__fish_seen_subcommand_from triage' -l format-in\n/],
  ])('%s', async (shell, pattern) => {
    expect((await runInMemory(['completion', shell])).stdout).toMatch(pattern);
  });

  it('an unknown shell is a usage error with a suggestion', async () => {
    const result = await runInMemory(['completion', 'bsh']);
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'code-or-cowork: shell: must be one of "bash", "zsh", "fish" (got "bsh"); did you mean "bash"?\n' });
  });
});
