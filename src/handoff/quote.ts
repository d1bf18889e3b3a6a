/** POSIX shell quoting: one argument, exactly as given, whatever characters it holds. */

/** Characters that never need quoting in any POSIX shell word. */
const SAFE_WORD = /^[\w@%+=:,./-]+$/;

/**
 * Quotes one argument for a POSIX shell. Inside single quotes nothing is special (no `$`, no
 * backticks, no backslashes); a single quote itself ends the quoting, is escaped, and quoting resumes.
 * @example shellQuote("it's $HOME") // 'it'\''s $HOME'
 */
export function shellQuote(argument: string): string {
  if (argument !== '' && SAFE_WORD.test(argument)) return argument;
  return `'${argument.replace(/'/g, `'\\''`)}'`;
}

/**
 * A command line from its words, one option (with its value) per line after the first, joined by
 * backslash-newline so it stays one command when pasted.
 * @example shellCommand([['claude', '-p', 'Fix it'], ['--permission-mode', 'plan']])
 * // "claude -p 'Fix it' \\\n  --permission-mode plan"
 */
export function shellCommand(lines: readonly (readonly string[])[]): string {
  return lines.map((words) => words.map(shellQuote).join(' ')).join(' \\\n  ');
}
