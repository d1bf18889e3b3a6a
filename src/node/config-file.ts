/**
 * Finding and reading an organisation's policy file: `--config PATH`, else the
 * `CODE_OR_COWORK_CONFIG` environment variable, else the first `code-or-cowork.config.json`,
 * `.yaml` or `.yml` found walking up from the working directory. A bad file is one coded
 * error naming the file, the key (or the line and column of a syntax error) and the problem;
 * nothing is taken from a file that has one.
 *
 * API: `await loadSettings({ configPath, env, cwd })` -> `Result<Settings, ConfigError>`, and
 * `formatConfigError(error)` for the one-line message. The merge itself is `settings.ts`.
 * The YAML parser is loaded only when a file needs it: most runs have no file, and importing
 * it costs more than a whole decision.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as YamlModule from 'yaml';
import type { Result } from '../index.js';
import { checkConfig } from '../schema/config.js';
import type { OrganisationConfig } from '../schema/config.js';
import { settingsFrom } from './settings.js';
import type { FoundBy, Settings } from './settings.js';

export const CONFIG_FILE_NAMES = ['code-or-cowork.config.json', 'code-or-cowork.config.yaml', 'code-or-cowork.config.yml'] as const;
export const CONFIG_ENV = 'CODE_OR_COWORK_CONFIG';

/** A policy file is a few lines; anything this big is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

/** What is wrong with a policy file, as data. */
export interface ConfigError {
  readonly code: 'config.not-found' | 'config.unreadable' | 'config.syntax' | 'config.invalid' | 'config.ambiguous';
  readonly file: string;
  /** The dotted key at fault, for `config.invalid`. */
  readonly key?: string;
  /** 1-based, for syntax errors (and for invalid keys when the file shows where). */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export interface LoadOptions {
  /** `--config PATH`, if given. */
  readonly configPath?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the search for a file starts. */
  readonly cwd: string;
}

/**
 * The organisation's settings: the file's (found as above) over the defaults, or the defaults
 * alone when there is no file.
 * @example await loadSettings({ env: {}, cwd: '/repo' }) // { ok: true, value: { knowledge: 'guide', ... } } when no file is found
 */
export async function loadSettings(options: LoadOptions): Promise<Result<Settings, ConfigError>> {
  const located = locateConfig(options);
  if (!located.ok) return located;
  if (located.value === undefined) return { ok: true, value: settingsFrom() };
  const { path, foundBy } = located.value;
  const read = await readConfigFile(path);
  if (!read.ok) return read;
  return { ok: true, value: settingsFrom({ path, foundBy, config: read.value }) };
}

/** Which file to read, and how it was found; `undefined` when there is none to read. */
export function locateConfig(options: LoadOptions): Result<{ path: string; foundBy: FoundBy } | undefined, ConfigError> {
  const given = options.configPath ?? (options.env[CONFIG_ENV] || undefined);
  if (given !== undefined) {
    const path = resolve(options.cwd, given);
    const foundBy: FoundBy = options.configPath !== undefined ? 'flag' : 'environment';
    if (!existsSync(path) || !statSync(path).isFile()) {
      const how = foundBy === 'flag' ? '--config' : CONFIG_ENV;
      return { ok: false, error: { code: 'config.not-found', file: path, message: `no such file (named by ${how})` } };
    }
    return { ok: true, value: { path, foundBy } };
  }
  for (let dir = resolve(options.cwd); ; dir = dirname(dir)) {
    const here = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((path) => existsSync(path) && statSync(path).isFile());
    if (here.length > 1) {
      return { ok: false, error: { code: 'config.ambiguous', file: dir, message: `holds ${here.map((path) => basename(path)).join(' and ')}; keep one` } };
    }
    if (here[0] !== undefined) return { ok: true, value: { path: here[0], foundBy: 'search' } };
    if (dirname(dir) === dir) return { ok: true, value: undefined };
  }
}

/**
 * Reads and checks one policy file (JSON for `.json`, YAML otherwise).
 * @example await readConfigFile('/org/code-or-cowork.config.yaml') // { ok: true, value: { policy: { plan: 'enterprise' } } }
 */
export async function readConfigFile(path: string): Promise<Result<OrganisationConfig, ConfigError>> {
  let text: string;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) {
      return { ok: false, error: { code: 'config.unreadable', file: path, message: `is larger than ${MAX_CONFIG_BYTES / 1024} KB; a policy file is a few lines` } };
    }
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { ok: false, error: { code: 'config.unreadable', file: path, message: `cannot be read: ${(error as Error).message}` } };
  }
  const json = path.endsWith('.json');
  const parsed = json ? parseJson(text, path) : parseYaml(await import('yaml'), text, path);
  if (!parsed.ok) return parsed;
  const checked = checkConfig(parsed.value);
  if (checked.ok) return checked;
  const [first] = checked.error;
  if (!first) return { ok: false, error: { code: 'config.invalid', file: path, message: 'is invalid' } };
  // JSON is YAML: the YAML parser maps the key back to its line for the message.
  const at = locate(await import('yaml'), text, first.path);
  return { ok: false, error: { code: 'config.invalid', file: path, key: first.key, ...at, message: first.message } };
}

type Yaml = typeof YamlModule;

function parseJson(text: string, file: string): Result<unknown, ConfigError> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const at = Number.isNaN(offset) ? {} : lineAndColumn(text, offset);
    // The position is given as line and column instead.
    const cut = message.indexOf(' in JSON at position');
    return { ok: false, error: { code: 'config.syntax', file, ...at, message: `is not valid JSON: ${cut < 0 ? message : message.slice(0, cut)}` } };
  }
}

function parseYaml(yaml: Yaml, text: string, file: string): Result<unknown, ConfigError> {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  const [problem] = doc.errors;
  if (problem) {
    const position = lineCounter.linePos(problem.pos[0]);
    const message = problem.message.split('\n')[0] ?? problem.message;
    return { ok: false, error: { code: 'config.syntax', file, line: position.line, column: position.col, message: `is not valid YAML: ${message.replace(/ at line \d+, column \d+:?$/, '')}` } };
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown };
}

/** The line and column of the value at a key path (or of its nearest parent), when the file shows it. */
function locate(yaml: Yaml, text: string, path: readonly (string | number)[]): { line?: number; column?: number } {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter });
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const position = lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return {};
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * The one-line message of a config error (without the program name).
 * @example formatConfigError({ code: 'config.invalid', file: '/org/c.yaml', key: 'policy.plan', line: 2, column: 9, message: 'must be one of ...' })
 * // '/org/c.yaml:2:9: policy.plan: must be one of ...'
 */
export function formatConfigError(error: ConfigError): string {
  const { where, what } = configErrorParts(error);
  return `${where}: ${what}`;
}

/** The two halves of the message: where (`file[:line:column]`) and what (`[key: ]problem`). */
export function configErrorParts(error: ConfigError): { readonly where: string; readonly what: string } {
  const where = error.line !== undefined ? `${error.file}:${error.line}:${error.column ?? 1}` : error.file;
  return { where, what: `${error.key !== undefined ? `${error.key}: ` : ''}${error.message}` };
}
