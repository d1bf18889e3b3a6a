/** Whether to colour the answer: --color/--no-color, then the NO_COLOR and FORCE_COLOR conventions, then the terminal. */
import type { Command } from 'commander';

/** Adds --color and --no-color (neither given: the environment and the terminal decide). */
export function addColorOptions(command: Command): Command {
  return command
    .option('--color', 'colour the answer even when not on a terminal (as FORCE_COLOR=1)')
    .option('--no-color', 'never colour the answer (as NO_COLOR=1)');
}

/**
 * @example colorEnabled({ NO_COLOR: '1' }, true) // false
 * @example colorEnabled({ FORCE_COLOR: '1' }, false) // true
 * @example colorEnabled({ NO_COLOR: '1' }, false, true) // true
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean, flag?: boolean): boolean {
  // --color / --no-color on the command line beat the environment.
  if (flag !== undefined) return flag;
  // no-color.org: present and not empty disables colour, whatever else is set.
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY && env['TERM'] !== 'dumb';
}
