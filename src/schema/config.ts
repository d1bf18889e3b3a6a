/**
 * The schema of an organisation's policy file (`code-or-cowork.config.json|.yaml|.yml`), as
 * plain data once parsed: `policy` (plan, coworkGateway), `knowledge` (the edition),
 * `defaults` (context for every task) and `vocabulary` (the organisation's own words per rule
 * id of the contract). Pure: the file is read in src/node.
 */
import * as v from 'valibot';
import { EDITIONS, RULE_IDS } from '../core/ids.js';
import type { Edition } from '../core/ids.js';
import type { Context, Policy, Result } from '../core/types.js';
import { wordProblem } from '../extract/vocabulary/organisation.js';
import type { OrganisationVocabulary } from '../extract/vocabulary/organisation.js';
import { ContextSchema, PolicySchema } from './input.js';

/** An organisation's settings, as its file states them (every key optional). */
export interface OrganisationConfig {
  readonly policy?: Pick<Policy, 'plan' | 'coworkGateway'>;
  readonly knowledge?: Edition;
  readonly defaults?: Context;
  readonly vocabulary?: OrganisationVocabulary;
}

/** One problem with a config file: the dotted key at fault and what is wrong. */
export interface ConfigIssue {
  /** e.g. `policy.plan`, `vocabulary.code.magic`; `config` for the whole file. */
  readonly key: string;
  /** The key's path as the file nests it, for finding its line (`['vocabulary', 'code.magic']`). */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export const CONFIG_KEYS = ['policy', 'knowledge', 'defaults', 'vocabulary'] as const;

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

/** Unknown keys and wrong types worded like the input's, naming what is allowed. */
function objectMessage(allowed: readonly string[]) {
  return (issue: v.BaseIssue<unknown>): string => {
    if (issue.expected === 'never') return `unknown key; allowed: ${allowed.join(', ')}`;
    return 'must be a mapping of keys to values';
  };
}

export const ConfigSchema = v.strictObject(
  {
    policy: v.optional(
      v.strictObject({ plan: PolicySchema.entries.plan, coworkGateway: PolicySchema.entries.coworkGateway }, objectMessage(['plan', 'coworkGateway'])),
    ),
    knowledge: v.optional(v.picklist(EDITIONS, `must be one of ${quoted(EDITIONS)}`)),
    defaults: v.optional(ContextSchema),
    vocabulary: v.optional(
      v.record(
        v.string(),
        v.array(v.string('must be a word or phrase in quotes'), 'must be a list of words'),
        'must map rule ids to lists of words',
      ),
    ),
  },
  objectMessage(CONFIG_KEYS),
);

/**
 * Checks a parsed config file: its shape, every vocabulary key a rule id of the contract, and
 * every word plain words. All issues are returned; nothing is taken from a file with any.
 * @example checkConfig({ policy: { plan: 'enterprise' }, vocabulary: { 'code.code-or-infra': ['Zephyr'] } }).ok // true
 * @example checkConfig({ vocabulary: { 'code.magic': ['x'] } }) // { ok: false, error: [{ key: 'vocabulary.code.magic', ... }] }
 */
export function checkConfig(raw: unknown): Result<OrganisationConfig, readonly ConfigIssue[]> {
  if (raw === null || raw === undefined) return { ok: true, value: {} };
  // Lists are objects to valibot; a mapping is wanted at the top and under each key.
  const mapping = 'must be a mapping of keys to values';
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: [{ key: 'config', path: [], message: mapping }] };
  for (const key of ['policy', 'defaults', 'vocabulary'] as const) {
    if (Array.isArray((raw as Record<string, unknown>)[key])) return { ok: false, error: [{ key, path: [key], message: mapping }] };
  }
  const parsed = v.safeParse(ConfigSchema, raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.issues.map((issue) => {
        const path = (issue.path ?? []).map((item) => item.key as string | number);
        // An unknown key is named as the key itself, which the path already ends with.
        return { key: path.length > 0 ? path.join('.') : 'config', path, message: issue.message };
      }),
    };
  }
  const config = parsed.output as OrganisationConfig;
  const issues: ConfigIssue[] = [];
  for (const [rule, words] of Object.entries(config.vocabulary ?? {})) {
    if (!(RULE_IDS as readonly string[]).includes(rule)) {
      issues.push({ key: `vocabulary.${rule}`, path: ['vocabulary', rule], message: `unknown rule id ${rule}; rule ids: ${RULE_IDS.join(', ')}` });
      continue;
    }
    (words ?? []).forEach((word, index) => {
      const problem = wordProblem(word);
      if (problem) issues.push({ key: `vocabulary.${rule}.${index}`, path: ['vocabulary', rule, index], message: `${JSON.stringify(word)} ${problem}` });
    });
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: config };
}
