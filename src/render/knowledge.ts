/**
 * A knowledge pack for people: its facts (with dates, sources and certainty), its rules in
 * precedence order, its caveats and questions; and what differs between two editions, with
 * sources. Pure: data in, data or text out (`code-or-cowork knowledge` prints it).
 */
import type { Lift } from '../knowledge/rules.js';
import type { FactUpdate, KnowledgePack } from '../knowledge/pack.js';

/** A fact on which two editions differ: the update, and how sure the newer edition is of it. */
export interface FactDifference extends FactUpdate {
  readonly certainty: 'high' | 'reported' | 'unknown';
}

/** One entry (a rule, caveat or question) whose data differs between the editions. */
export interface EntryDifference {
  readonly id: string;
  /** The field names that differ, e.g. `summary`, `liftedWhen`, `text`. */
  readonly fields: readonly string[];
  readonly from: Readonly<Record<string, unknown>>;
  readonly to: Readonly<Record<string, unknown>>;
}

export interface KnowledgeDiff {
  readonly from: string;
  readonly to: string;
  readonly precedence: boolean;
  readonly facts: readonly FactDifference[];
  readonly rules: readonly EntryDifference[];
  readonly caveats: readonly EntryDifference[];
  readonly questions: readonly EntryDifference[];
}

/**
 * What differs between two packs: the newer one's updates, and every rule, caveat or question
 * whose wording, routing or citations changed.
 * @example diffKnowledge(knowledgeEdition('guide'), knowledgeEdition('2026-11')).facts[0].fact // 'cowork.scheduled-tasks'
 */
export function diffKnowledge(from: KnowledgePack, to: KnowledgePack): KnowledgeDiff {
  const certainty = new Map(to.facts.map((fact) => [fact.id, fact.certainty ?? ('unknown' as const)]));
  return {
    from: from.edition,
    to: to.edition,
    precedence: JSON.stringify(from.precedence) !== JSON.stringify(to.precedence),
    facts: to.updates.map((update) => ({ ...update, certainty: certainty.get(update.fact) ?? 'unknown' })),
    rules: entryDifferences(from.rules, to.rules, ['pointsTo', 'tier', 'liftedWhen', 'summary', 'fromContext', 'facts']),
    caveats: entryDifferences(from.caveats, to.caveats, ['text', 'onOtherPlans', 'facts']),
    questions: entryDifferences(from.questions, to.questions, ['text']),
  };
}

function entryDifferences<T extends { readonly id: string }>(from: readonly T[], to: readonly T[], fields: readonly (keyof T & string)[]): EntryDifference[] {
  return to.flatMap((after) => {
    const before = from.find((entry) => entry.id === after.id);
    const changed = fields.filter((field) => JSON.stringify(before?.[field]) !== JSON.stringify(after[field]));
    if (changed.length === 0) return [];
    const pick = (entry: T | undefined): Record<string, unknown> => Object.fromEntries(changed.map((field) => [field, entry?.[field]]));
    return [{ id: after.id, fields: changed, from: pick(before), to: pick(after) }];
  });
}

/** A rule's lift conditions in words. */
export function liftWords(lift: Lift): string {
  const parts = [
    lift.coworkGateway ? 'Cowork is behind a gateway' : '',
    lift.plans ? `the plan is ${lift.plans.join(' or ')}` : '',
    lift.unlessRegimes ? `no ${lift.unlessRegimes.map((regime) => regime.toUpperCase()).join(' or ')} applies` : '',
    lift.trigger === 'clock' ? 'it runs on a clock schedule, not on an event' : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : 'always';
}

/**
 * A pack as text: facts, rules in precedence order, caveats, questions, and its updates.
 * @example renderKnowledge(knowledgeEdition('guide')).split('\n')[0] // 'Knowledge edition "guide" (version 1, as of 2026-01)'
 */
export function renderKnowledge(pack: KnowledgePack): string {
  const facts = pack.facts.map((fact) => {
    const sure = fact.certainty ? `, ${fact.certainty}` : '';
    return `  ${fact.id} (as of ${fact.asOf}${sure})\n    ${fact.statement}\n    source: ${fact.source}`;
  });
  const tiers = pack.precedence.tiers;
  const rules = [...pack.rules]
    .sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier))
    .map((rule) => {
      const lifted = (rule.liftedWhen ?? []).map((lift) => `\n    stops forcing ${rule.pointsTo} when ${liftWords(lift)}`).join('');
      return `  ${rule.id} -> ${rule.pointsTo} (tier ${tiers.indexOf(rule.tier) + 1}: ${rule.tier})\n    ${rule.summary}${lifted}\n    rests on: ${rule.facts.join(', ')}`;
    });
  const caveats = pack.caveats.map((caveat) => `  ${caveat.id}\n    ${caveat.text}\n    rests on: ${caveat.facts.join(', ')}`);
  const questions = pack.questions.map((question) => `  ${question.id}\n    ${question.text}`);
  const updates = pack.updates.map((update) => `  ${update.fact} (as of ${update.asOf}): ${update.now}\n    source: ${update.source}`);
  const title = pack.edition === 'guide' ? 'Newer facts (they change facts above; decide with the 2026-11 edition to use them)' : 'Where this edition differs from the guide';
  return [
    `Knowledge edition "${pack.edition}" (version ${pack.version}, as of ${pack.asOf})`,
    `Precedence: ${tiers.join(' > ')}; when no rule fires: ${pack.precedence.otherwise}`,
    section('Facts', facts),
    section('Rules', rules),
    section('Caveats', caveats),
    section('Questions', questions),
    section(title, updates),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/**
 * A diff as text, with the source of every changed fact.
 * @example renderKnowledgeDiff(diffKnowledge(guide, edition2026)).split('\n')[0] // 'What differs from "guide" to "2026-11"'
 */
export function renderKnowledgeDiff(diff: KnowledgeDiff): string {
  const facts = diff.facts.map(
    (fact) =>
      `  ${fact.fact} (as of ${fact.asOf}, ${fact.certainty})${fact.changes.length > 0 ? `, changes ${fact.changes.join(', ')}` : ''}\n    guide: ${fact.guide}\n    now:   ${fact.now}\n    source: ${fact.source}`,
  );
  const entries = (list: readonly EntryDifference[]): string[] =>
    list.map((entry) => {
      const lines = entry.fields.map((field) => `    ${field}: ${words(entry.from[field])}\n    ${' '.repeat(field.length)}  -> ${words(entry.to[field])}`);
      return [`  ${entry.id}`, ...lines].join('\n');
    });
  return [
    `What differs from "${diff.from}" to "${diff.to}"`,
    diff.precedence ? 'The precedence differs.' : 'The precedence is the same.',
    section('Facts', facts),
    section('Rules', entries(diff.rules)),
    section('Caveats', entries(diff.caveats)),
    section('Questions', entries(diff.questions)),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function words(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  if (Array.isArray(value)) return value.map((lift) => liftWords(lift as Lift)).join('; or ');
  return JSON.stringify(value);
}

function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : [title, ...lines].join('\n');
}
