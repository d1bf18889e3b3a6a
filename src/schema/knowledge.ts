/** The schema of a knowledge pack, for editions that arrive as data (files, other programs). */
import * as v from 'valibot';
import { CAVEAT_IDS, QUESTION_IDS, RULE_IDS } from '../core/ids.js';
import type { PackIssue, Result } from '../core/types.js';
import type { KnowledgePack } from '../knowledge/pack.js';

const YearMonth = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a YYYY-MM date'));
const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

const FactSchema = v.strictObject({ id: Text, statement: Text, asOf: YearMonth, source: Text });

export const KnowledgePackSchema = v.strictObject({
  edition: Text,
  version: Text,
  asOf: YearMonth,
  facts: v.array(FactSchema),
  rules: v.array(
    v.strictObject({
      id: v.picklist(RULE_IDS),
      pointsTo: v.picklist(['code', 'cowork']),
      tier: v.picklist(['automation', 'compliance', 'code-work', 'knowledge-work']),
      summary: Text,
      fromContext: Text,
      facts: v.array(Text),
    }),
  ),
  caveats: v.array(v.strictObject({ id: v.picklist(CAVEAT_IDS), text: Text, facts: v.array(Text) })),
  questions: v.array(v.strictObject({ id: v.picklist(QUESTION_IDS), text: Text })),
  updates: v.array(v.strictObject({ fact: Text, guide: Text, now: Text, asOf: YearMonth, source: Text })),
});

/**
 * Checks a pack's shape and its integrity: every id of the contract defined exactly once,
 * and every fact a rule, caveat or update names present in the pack.
 */
export function parseKnowledgePack(raw: unknown): Result<KnowledgePack, readonly PackIssue[]> {
  const parsed = v.safeParse(KnowledgePackSchema, raw);
  if (!parsed.success) {
    return { ok: false, error: parsed.issues.map((issue) => ({ field: v.getDotPath(issue) ?? 'pack', message: issue.message })) };
  }
  const pack = parsed.output as KnowledgePack;
  const issues: PackIssue[] = [];
  const factIds = new Set(pack.facts.map((fact) => fact.id));
  const expectOnce = (field: string, ids: readonly string[], seen: readonly string[]): void => {
    for (const id of ids) {
      const count = seen.filter((other) => other === id).length;
      if (count !== 1) issues.push({ field, message: `${id} is defined ${count} times; expected once` });
    }
  };
  expectOnce('rules', RULE_IDS, pack.rules.map((rule) => rule.id));
  expectOnce('caveats', CAVEAT_IDS, pack.caveats.map((caveat) => caveat.id));
  expectOnce('questions', QUESTION_IDS, pack.questions.map((question) => question.id));
  const cited: { owner: string; fact: string }[] = [
    ...[...pack.rules, ...pack.caveats].flatMap((entry) => entry.facts.map((fact) => ({ owner: entry.id, fact }))),
    ...pack.updates.map((update) => ({ owner: 'updates', fact: update.fact })),
  ];
  for (const { owner, fact } of cited) {
    if (!factIds.has(fact)) issues.push({ field: owner, message: `rests on unknown fact ${fact}` });
  }
  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: pack };
}
