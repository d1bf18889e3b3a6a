/** Whether to colour the answer: the NO_COLOR and FORCE_COLOR conventions, then the terminal. */

/**
 * @example colorEnabled({ NO_COLOR: '1' }, true) // false
 * @example colorEnabled({ FORCE_COLOR: '1' }, false) // true
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  // no-color.org: present and not empty disables colour, whatever else is set.
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY && env['TERM'] !== 'dumb';
}
