/**
 * The `2026-11` edition: the guide's rules, decided by the facts as public sources stood in
 * November 2026 (shared/knowledge/facts-2026-11.md). What differs from the guide is data:
 * - clock-scheduled work no longer forces Claude Code (Cowork has scheduled tasks); event
 *   triggers still do;
 * - on Enterprise a regulated workload no longer forces Claude Code (the Compliance API
 *   captures Cowork), except HIPAA, whose local sessions it does not capture;
 * - no wording promises that Claude Code is unsandboxed.
 */
import type { RuleId } from '../../core/ids.js';
import type { CaveatDefinition } from '../caveats.js';
import type { Fact } from '../facts.js';
import type { KnowledgePack } from '../pack.js';
import { GUIDE_BASE } from '../pack.js';
import type { QuestionDefinition } from '../questions.js';
import type { Lift, RuleDefinition } from '../rules.js';
import { CHANGES_2026_11, SUPERSEDED_BY_2026_11 } from './changes-2026-11.js';
import { updateOf } from './guide.js';

const superseded = new Set<string>(SUPERSEDED_BY_2026_11);

/** A guide citation, as this edition reads it: the fact if it still holds, plus the changes to it. */
function cite(facts: readonly string[]): string[] {
  const cited = facts.flatMap((fact) => [
    ...(superseded.has(fact) ? [] : [fact]),
    ...CHANGES_2026_11.filter((change) => (change.changes as readonly string[]).includes(fact)).map((change) => change.id),
  ]);
  return [...new Set(cited)];
}

const FACTS: readonly Fact[] = [
  ...GUIDE_BASE.facts.filter((fact) => !superseded.has(fact.id)),
  ...CHANGES_2026_11.map(({ id, now, asOf, source, certainty }) => ({ id, statement: now, asOf, source, certainty })),
];

type Wording = Partial<Pick<RuleDefinition, 'summary' | 'fromContext'>> & { readonly liftedWhen?: readonly Lift[] };

const RULE_CHANGES: Partial<Record<RuleId, Wording>> = {
  'code.automation': {
    summary: "It has to run on its own; Claude Code starts on a schedule, a commit, a webhook or a script, Cowork's scheduled tasks only on a clock.",
    fromContext: "The context states it must run automatically with no person starting it; Claude Code starts on any trigger, Cowork's scheduled tasks only on a clock.",
    liftedWhen: [{ trigger: 'clock' }],
  },
  'code.compliance': {
    summary: 'It is a regulated or audit-logged workload; Claude Code on Enterprise has audit logs, and Cowork is captured only on Enterprise, by the Compliance API (beta).',
    fromContext: 'The context declares a regulated regime; Claude Code on Enterprise has audit logs, and Cowork is captured only on Enterprise, by the Compliance API (beta).',
    liftedWhen: [{ coworkGateway: true }, { plans: ['enterprise'], unlessRegimes: ['hipaa'] }],
  },
  'code.unsandboxed-or-heavy': {
    summary: 'It needs wide file-system access or heavy, long-running or parallel work, which Claude Code has room for.',
    fromContext: 'It needs wide file-system access or heavy work, which Claude Code has room for.',
  },
};

const CAVEAT_TEXTS: Partial<Record<CaveatDefinition['id'], Partial<Pick<CaveatDefinition, 'text' | 'onOtherPlans'>>>> = {
  'caveat.regulated-workload': {
    text: "Regulated workload (HIPAA, PCI, SOX or SOC 2): run it in Claude Code on Enterprise, or in Cowork on Enterprise, whose Compliance API (beta) captures Cowork sessions. It does not capture HIPAA-ready organisations' local sessions, so keep HIPAA work in Claude Code unless Cowork is behind your own gateway with logging.",
    onOtherPlans: 'the Compliance API, which captures Cowork, comes with Enterprise only.',
  },
  'caveat.cowork-not-audited': {
    text: 'Cowork is captured only by the Compliance API on Enterprise, and that coverage is in beta; the audit-log documentation does not mention Cowork, and computer use still has no sandbox between Claude and your applications.',
  },
  'caveat.cowork-needs-human': {
    text: 'Cowork starts work on its own only as a scheduled task on a clock (hourly, daily, weekly or weekdays, on paid plans), in the cloud with the app closed unless it needs local files, the browser or computer use. It cannot start on a commit, a file, an e-mail or a webhook; Claude Code can.',
  },
  'caveat.confirm-plans': {
    text: 'Plans, tiers and prices change; check the current ones before you commit. An Enterprise seat includes both Claude Code and Cowork.',
  },
};

const QUESTION_TEXTS: Partial<Record<QuestionDefinition['id'], string>> = {
  'question.schedule': 'Must it start on its own when something happens (a commit, a file, an e-mail), on a clock, or will someone start it each time?',
};

export const EDITION_2026_11: KnowledgePack = {
  ...GUIDE_BASE,
  edition: '2026-11',
  version: '1',
  asOf: '2026-10',
  facts: FACTS,
  rules: GUIDE_BASE.rules.map((rule) => ({ ...rule, ...RULE_CHANGES[rule.id], facts: cite(rule.facts) })),
  caveats: GUIDE_BASE.caveats.map((caveat) => ({ ...caveat, ...CAVEAT_TEXTS[caveat.id], facts: cite(caveat.facts) })),
  questions: GUIDE_BASE.questions.map((question) => ({ ...question, text: QUESTION_TEXTS[question.id] ?? question.text })),
  updates: CHANGES_2026_11.filter((change) => change.differs).map(updateOf),
};
