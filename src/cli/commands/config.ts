/**
 * `code-or-cowork config show [--json] [--config PATH] [task flags]`: the merged settings
 * (built-in defaults, then the policy file, then flags) and where each came from.
 */
import type { Command } from 'commander';
import { validateInput } from '../../index.js';
import { CONFIG_ENV, CONFIG_FILE_NAMES } from '../../node/config-file.js';
import { settingsEntries, withFlags } from '../../node/settings.js';
import type { Settings, SettingsLayer, SettingSource } from '../../node/settings.js';
import { flagError, inputFromFlags } from '../flags.js';
import type { TaskFlags } from '../flags.js';
import { EXIT } from '../io.js';
import type { CliIo } from '../io.js';
import { cliSettings } from '../settings.js';
import { addTaskOptions } from '../task-options.js';

const HELP = `
Shows the settings every decision starts from, and where each came from: a flag, the policy
file, or the built-in default. The policy file is --config PATH, else $${CONFIG_ENV}, else the
first ${CONFIG_FILE_NAMES.join(', ')} found walking up from the working directory.
Flags beat the file; the file beats the defaults; a task's own context and policy beat both.

Examples:
  $ code-or-cowork config show
  $ code-or-cowork config show --json --plan team`;

type ShowFlags = TaskFlags & { readonly json?: boolean };

export function registerConfig(program: Command, io: CliIo, setStatus: (status: number) => void): void {
  const config = program.command('config').description("show the organisation's settings and where each came from").helpOption('-h, --help', 'show this help');
  const show = config
    .command('show')
    .description('print the merged settings and the source of each')
    .helpOption('-h, --help', 'show this help')
    .option('--json', 'print JSON')
    .option('--config <path>', "the organisation's policy file")
    .addHelpText('after', HELP);
  addTaskOptions(show).action(async (flags: ShowFlags) => {
    const configPath = flags.config ?? (program.opts() as TaskFlags).config;
    const settings = withFlags(await cliSettings(configPath, io), flagLayer(flags));
    io.stdout.write(`${flags.json ? JSON.stringify(settingsJson(settings), null, io.stdout.isTTY === true ? 2 : undefined) : settingsText(settings)}\n`);
    setStatus(EXIT.ok);
  });
}

/** The flags as a settings layer, checked by the input schema so a bad value names its flag. */
function flagLayer(flags: TaskFlags): SettingsLayer {
  const probe = inputFromFlags('probe', flags);
  const checked = validateInput(probe);
  if (!checked.ok) {
    const [first] = checked.error;
    if (first) throw flagError(first, probe);
  }
  const { context, policy } = checked.ok ? checked.value : {};
  const { knowledge, ...rest } = policy ?? {};
  return { ...(knowledge !== undefined && { knowledge }), ...(Object.keys(rest).length > 0 && { policy: rest }), ...(context !== undefined && { defaults: context }) };
}

function sourceWords(source: SettingSource, settings: Settings): string {
  switch (source.from) {
    case 'default':
      return 'default';
    case 'flag':
      return `flag ${source.flag}`;
    case 'file':
      return settings.file?.foundBy === 'environment' ? `file ${source.path} (from $${CONFIG_ENV})` : `file ${source.path}`;
  }
}

function valueWords(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  return String(value);
}

/** Every setting, with the policy keys shown even when unset. */
function rows(settings: Settings): { key: string; value: unknown; source: SettingSource }[] {
  const entries = settingsEntries(settings);
  const unset = (['plan', 'coworkGateway'] as const)
    .filter((key) => settings.policy[key] === undefined)
    .map((key) => ({ key: `policy.${key}`, value: undefined, source: { from: 'default' } as const }));
  const [knowledge, ...rest] = entries;
  return [...(knowledge ? [knowledge] : []), ...unset, ...rest];
}

function settingsText(settings: Settings): string {
  const found = settings.file
    ? `Policy file: ${settings.file.path} (${settings.file.foundBy === 'flag' ? 'from --config' : settings.file.foundBy === 'environment' ? `from $${CONFIG_ENV}` : 'found walking up from the working directory'})`
    : `Policy file: none (no --config, no $${CONFIG_ENV}, no ${CONFIG_FILE_NAMES.join(', ')} here or above)`;
  const table = rows(settings).map((row) => [row.key, valueWords(row.value), sourceWords(row.source, settings)] as const);
  const widths = [0, 1].map((column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const lines = table.map(([key, value, source]) => `  ${key.padEnd(widths[0] ?? 0)}  ${value.padEnd(widths[1] ?? 0)}  ${source}`);
  const words = Object.keys(settings.vocabulary).length === 0 ? ['  (no organisation vocabulary)'] : [];
  return [found, '', 'Settings', ...lines, ...words].join('\n');
}

function settingsJson(settings: Settings) {
  return {
    file: settings.file ?? null,
    settings: rows(settings).map((row) => ({ key: row.key, value: row.value ?? null, source: row.source })),
  };
}
