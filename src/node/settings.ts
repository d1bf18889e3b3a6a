/**
 * An organisation's settings, merged: built-in defaults, then its policy file, then flags, each
 * value remembering where it came from. Pure (no files, no env): `config-file.ts` finds and
 * reads the file; this module merges, lays the settings under each request, and builds the
 * engine. Request fields beat everything: a task's own `context` and `policy` win.
 *
 * API (for the CLI, server, MCP, triage and handoff front ends):
 * - `settingsFrom(file?)`: the settings a file gives (or the defaults, with no file);
 * - `withFlags(settings, layer)`: flags on top, marked `flag`;
 * - `organisationDecider(settings)`: `{ engine, safeDecide }`, where `safeDecide` lays the
 *   settings' `defaults` and `policy` under the request and decides with the settings' edition
 *   and vocabulary;
 * - `settingsEntries(settings)`: every setting with its source, for `config show`.
 */
import { createEngine } from '../index.js';
import type { Context, Decision, Edition, Engine, InputIssue, OrganisationVocabulary, Policy, Result } from '../index.js';
import type { OrganisationConfig } from '../schema/config.js';

/** Where a setting came from. */
export type SettingSource =
  | { readonly from: 'default' }
  | { readonly from: 'file'; readonly path: string }
  | { readonly from: 'flag'; readonly flag: string };

/** How the policy file was found. */
export type FoundBy = 'flag' | 'environment' | 'search';

export interface ConfigFile {
  readonly path: string;
  readonly foundBy: FoundBy;
  readonly config: OrganisationConfig;
}

export interface Settings {
  readonly knowledge: Edition;
  readonly policy: Pick<Policy, 'plan' | 'coworkGateway'>;
  /** Context laid under every task. */
  readonly defaults: Context;
  readonly vocabulary: OrganisationVocabulary;
  /** Source of each setting that is set, by dotted key (`knowledge`, `policy.plan`, `defaults.compliance`, `vocabulary.code.code-or-infra`). */
  readonly sources: Readonly<Record<string, SettingSource>>;
  /** The policy file the settings came from, if any. */
  readonly file?: { readonly path: string; readonly foundBy: FoundBy };
}

/** What flags may set: the same keys as a file. */
export interface SettingsLayer {
  readonly knowledge?: Edition;
  readonly policy?: Pick<Policy, 'plan' | 'coworkGateway'>;
  readonly defaults?: Context;
}

/** The flag behind each key a flag layer can set, for `config show`. */
const FLAG_OF: Readonly<Record<string, string>> = {
  knowledge: '--knowledge',
  'policy.plan': '--plan',
  'policy.coworkGateway': '--cowork-gateway',
  'defaults.involvesCode': '--involves-code',
  'defaults.scheduled': '--scheduled',
  'defaults.compliance': '--compliance',
  'defaults.operator': '--operator',
  'defaults.sandboxPreferred': '--sandbox',
};

/**
 * The settings a policy file gives, over the built-in defaults (the guide's edition, no policy,
 * no defaults, no words of its own).
 * @example settingsFrom().knowledge // 'guide'
 * @example settingsFrom({ path: '/org/code-or-cowork.config.yaml', foundBy: 'search', config: { knowledge: '2026-11' } }).sources.knowledge // { from: 'file', path: '/org/code-or-cowork.config.yaml' }
 */
export function settingsFrom(file?: ConfigFile): Settings {
  const base: Settings = { knowledge: 'guide', policy: {}, defaults: {}, vocabulary: {}, sources: { knowledge: { from: 'default' } } };
  if (!file) return base;
  const source: SettingSource = { from: 'file', path: file.path };
  const { config } = file;
  const sources: Record<string, SettingSource> = { ...base.sources };
  for (const key of keysOf(config)) sources[key] = source;
  return {
    knowledge: config.knowledge ?? base.knowledge,
    policy: config.policy ?? {},
    defaults: config.defaults ?? {},
    vocabulary: config.vocabulary ?? {},
    sources,
    file: { path: file.path, foundBy: file.foundBy },
  };
}

/**
 * Flags on top of the settings: each value given beats the file's and the default.
 * @example withFlags(settingsFrom(), { knowledge: '2026-11' }).sources.knowledge // { from: 'flag', flag: '--knowledge' }
 */
export function withFlags(settings: Settings, layer: SettingsLayer): Settings {
  const sources: Record<string, SettingSource> = { ...settings.sources };
  for (const key of keysOf(layer)) sources[key] = { from: 'flag', flag: FLAG_OF[key] ?? key };
  return {
    ...settings,
    knowledge: layer.knowledge ?? settings.knowledge,
    policy: { ...settings.policy, ...layer.policy },
    defaults: { ...settings.defaults, ...layer.defaults },
    sources,
  };
}

/** The dotted keys a config or layer sets: one per policy and defaults field, one per vocabulary rule. */
function keysOf(config: OrganisationConfig): string[] {
  return [
    ...(config.knowledge !== undefined ? ['knowledge'] : []),
    ...Object.keys(config.policy ?? {}).map((key) => `policy.${key}`),
    ...Object.keys(config.defaults ?? {}).map((key) => `defaults.${key}`),
    ...Object.keys(config.vocabulary ?? {}).map((rule) => `vocabulary.${rule}`),
  ];
}

/** Decides one raw input with the organisation's settings under it. */
export type SettingsDecide = (raw: unknown) => Result<Decision, readonly InputIssue[]>;

/** How the engine decides, beyond the settings. */
export interface DeciderOptions {
  /**
   * Decide on the rules alone, without the learned signal: less work per task, and less right on
   * unfamiliar text (see the README's accuracy table). For measuring what the learned signal costs.
   */
  readonly rulesOnly?: boolean;
}

/**
 * An engine of the settings' edition and vocabulary, and a `safeDecide` that lays the settings'
 * `defaults` under the request's `context` and its `policy` under the request's `policy`.
 * Building it compiles the vocabulary: build one per process, not per request.
 * @example organisationDecider(settingsFrom()).safeDecide({ text: 'Deploy the API' }).ok // true
 */
export function organisationDecider(settings: Settings, options: DeciderOptions = {}): { readonly engine: Engine; readonly safeDecide: SettingsDecide } {
  const hasWords = Object.values(settings.vocabulary).some((words) => (words ?? []).length > 0);
  const engine = createEngine({ knowledge: settings.knowledge, ...(hasWords ? { vocabulary: settings.vocabulary } : {}), ...(options.rulesOnly === true ? { learned: null } : {}) });
  const layered = Object.keys(settings.defaults).length > 0 || Object.keys(settings.policy).length > 0;
  return { engine, safeDecide: layered ? (raw) => engine.safeDecide(underRequest(raw, settings)) : engine.safeDecide };
}

/**
 * The request with the settings under it; a request that is not an object, or whose `context`
 * or `policy` is not one, is left as it is so that validation names the problem.
 */
export function underRequest(raw: unknown, settings: Pick<Settings, 'defaults' | 'policy'>): unknown {
  if (!isRecord(raw)) return raw;
  const layered: Record<string, unknown> = { ...raw };
  if (Object.keys(settings.defaults).length > 0 && (raw['context'] === undefined || isRecord(raw['context']))) {
    layered['context'] = { ...settings.defaults, ...(raw['context'] as Record<string, unknown> | undefined) };
  }
  if (Object.keys(settings.policy).length > 0 && (raw['policy'] === undefined || isRecord(raw['policy']))) {
    layered['policy'] = { ...settings.policy, ...(raw['policy'] as Record<string, unknown> | undefined) };
  }
  return layered;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One merged setting, for `config show`. */
export interface SettingEntry {
  readonly key: string;
  readonly value: unknown;
  readonly source: SettingSource;
}

/**
 * Every setting with its value and source, in a fixed order: knowledge, policy, defaults, vocabulary.
 * @example settingsEntries(settingsFrom())[0] // { key: 'knowledge', value: 'guide', source: { from: 'default' } }
 */
export function settingsEntries(settings: Settings): SettingEntry[] {
  const entry = (key: string, value: unknown): SettingEntry => ({ key, value, source: settings.sources[key] ?? { from: 'default' } });
  return [
    entry('knowledge', settings.knowledge),
    ...Object.entries(settings.policy).map(([key, value]) => entry(`policy.${key}`, value)),
    ...Object.entries(settings.defaults).map(([key, value]) => entry(`defaults.${key}`, value)),
    ...Object.entries(settings.vocabulary).map(([rule, words]) => entry(`vocabulary.${rule}`, words)),
  ];
}
