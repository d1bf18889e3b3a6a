/**
 * An organisation's own words (a config file's `vocabulary`: rule id -> words), turned into
 * vocabulary entries matched like any built-in phrase: inflections, evidence spans, negation.
 * Each rule's words become signals of the kind that rule reads, at a weight that fires it alone.
 */
import type { RuleId } from '../../core/ids.js';
import type { VocabularyEntry } from '../lexicon.js';
import type { SignalKind } from '../signal.js';

/** Organisation words per rule id of the contract. */
export type OrganisationVocabulary = Readonly<Partial<Record<RuleId, readonly string[]>>>;

/** Source prefix of signals from organisation words, so reasons can name them. */
export const ORGANISATION_SOURCE = 'organisation:';

/** The kind each rule's words count as, and a weight that clears the rule's threshold on its own. */
const RULE_KINDS = {
  'code.automation': { kind: 'automation', weight: 1.0 },
  'code.compliance': { kind: 'audit', weight: 1.5 },
  'code.code-or-infra': { kind: 'code', weight: 1.2 },
  'code.unsandboxed-or-heavy': { kind: 'heavy', weight: 1.5 },
  'cowork.knowledge-work': { kind: 'knowledge', weight: 1.0 },
  'cowork.office-and-connectors': { kind: 'office', weight: 1.0 },
  'cowork.non-technical-operator': { kind: 'non-technical', weight: 1.5 },
  'cowork.sandboxed': { kind: 'sandbox', weight: 1.5 },
} as const satisfies Record<RuleId, { kind: SignalKind; weight: number }>;

/** Letters and digits, with spaces, hyphens, dots, apostrophes, `&` or `+` inside: plain words, no phrase syntax. */
const PLAIN_WORDS = /^[\p{L}\p{N}](?:[\p{L}\p{N} .'’&+-]{0,78}[\p{L}\p{N}+])?$/u;

/**
 * Why a word cannot be an organisation word, or `undefined` when it can.
 * @example wordProblem('Zephyr') // undefined
 * @example wordProblem('a|b') // 'must be plain words (letters, digits, spaces, hyphens, dots, apostrophes), at most 80 characters'
 */
export function wordProblem(word: string): string | undefined {
  return PLAIN_WORDS.test(word.trim())
    ? undefined
    : 'must be plain words (letters, digits, spaces, hyphens, dots, apostrophes), at most 80 characters';
}

/**
 * The vocabulary entries of an organisation's words (assumed checked with `wordProblem`).
 * @example organisationEntries({ 'code.code-or-infra': ['Zephyr'] }) // [{ phrase: 'Zephyr', kind: 'code', weight: 1.2, origin: 'organisation' }]
 */
export function organisationEntries(vocabulary: OrganisationVocabulary): VocabularyEntry[] {
  return (Object.keys(vocabulary) as RuleId[]).flatMap((rule) => {
    const { kind, weight } = RULE_KINDS[rule];
    return (vocabulary[rule] ?? []).map((word) => ({ phrase: word.trim(), kind, weight, origin: 'organisation' as const }));
  });
}
