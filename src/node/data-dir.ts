/**
 * Where the decision log lives by default: the user's data directory, per platform
 * ($XDG_DATA_HOME or ~/.local/share on Linux, ~/Library/Application Support on macOS, %APPDATA% on Windows).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * @example defaultLogPath({ XDG_DATA_HOME: '/data' }, 'linux') // '/data/code-or-cowork/decisions.db'
 */
export function defaultLogPath(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const base =
    platform === 'win32'
      ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env['XDG_DATA_HOME'] || join(home, '.local', 'share');
  return join(base, 'code-or-cowork', 'decisions.db');
}
