/**
 * The organisation's settings for a CLI run: the policy file (`--config`, `CODE_OR_COWORK_CONFIG`,
 * or found walking up from the working directory) over the defaults. A bad file is a usage
 * error (exit 2) naming the file, the key or the line and column.
 */
import { formatConfigError, loadSettings } from '../node/config-file.js';
import type { Settings } from '../node/settings.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * @example await cliSettings(undefined, io) // the defaults, when no file is found
 * @example await cliSettings('broken.yaml', io) // throws UsageError('config', '/dir/broken.yaml:2:9: policy.plan: must be one of ...')
 */
export async function cliSettings(configPath: string | undefined, io: CliIo): Promise<Settings> {
  const loaded = await loadSettings({ ...(configPath !== undefined && { configPath }), env: io.env, cwd: io.cwd ?? process.cwd() });
  if (loaded.ok) return loaded.value;
  // The subject is clipped when quoted back; a file path must be shown whole, so it goes in the message.
  throw new UsageError('config', formatConfigError(loaded.error));
}
