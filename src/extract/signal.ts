/**
 * Signals: what the text says, each with the words that say it. A signal kind declares which
 * rule it supports (if any) and which side it weighs on when code words are weighed against
 * office words; the decision reads both from this table. Schedules and regimes weigh on no
 * side: they decide by precedence, not by weight. Side sums add in the table's order.
 */
import type { Product, Regime, RuleId, Trigger } from '../core/ids.js';
import type { Evidence } from '../core/types.js';

export const SIGNAL_KINDS = {
  code: { rule: 'code.code-or-infra', side: 'code' },
  heavy: { rule: 'code.unsandboxed-or-heavy', side: 'code' },
  automation: { rule: 'code.automation', side: null },
  regime: { rule: 'code.compliance', side: null },
  audit: { rule: 'code.compliance', side: null },
  knowledge: { rule: 'cowork.knowledge-work', side: 'cowork' },
  /** A made thing to hand over (a report, a deck, a letter): marks a piece of work that stands on its own. */
  deliverable: { rule: 'cowork.knowledge-work', side: 'cowork' },
  office: { rule: 'cowork.office-and-connectors', side: 'cowork' },
  /**
   * Operating a desktop by hand: the user's own folders, the file manager, an app named by what
   * it is, the system's settings, clicking. Knowledge work, and the sign that file words around
   * it are chores in a GUI, not shell work (see `desktopChore`). It weighs on no side: the words
   * it shares with knowledge work ("desktop", "notifications") count there already.
   */
  desktop: { rule: 'cowork.knowledge-work', side: null },
  'non-technical': { rule: 'cowork.non-technical-operator', side: 'cowork' },
  watch: { rule: 'cowork.non-technical-operator', side: 'cowork' },
  sandbox: { rule: 'cowork.sandboxed', side: 'cowork' },
  /** Recurring work with no word on whether it runs unattended ("weekly report"). */
  recurrence: { rule: null, side: null },
  /** A person starts it by hand ("I'll kick it off myself"): cancels automation. */
  'manual-run': { rule: null, side: null },
  /** The work is to be done with no code ("no scripts, please"): cancels the code words before it in its sentence. */
  'no-code': { rule: null, side: null },
  /** Sensitive data with no regime named ("patient records"). */
  'sensitive-data': { rule: null, side: null },
  /** The operator may not be technical ("I'm in marketing"). */
  'maybe-non-technical': { rule: null, side: null },
  /** Someone will review the changes ("our engineers will review"). */
  reviewer: { rule: null, side: null },
  /** Asks for the "smartest" or "most powerful" option. */
  'same-model': { rule: null, side: null },
  /** Asks about plans, tiers, seats or prices. */
  plans: { rule: null, side: null },
  /** A calendar entry: a recurrence said of it describes the event, not a job to run. */
  'calendar-event': { rule: null, side: null },
  /** Talks about a failure or its cause ("why it failed"): schedules named there are the subject, not the request. */
  diagnostic: { rule: null, side: null },
} as const satisfies Record<string, { rule: RuleId | null; side: Product | null }>;

export type SignalKind = keyof typeof SIGNAL_KINDS;

export interface Signal {
  readonly kind: SignalKind;
  /** How strongly the words point the signal's way: about 1 for an unambiguous term. */
  readonly weight: number;
  readonly evidence: Evidence;
  /** Which vocabulary entry or detector produced it (for debugging and the eval report). */
  readonly source: string;
  readonly regime?: Regime;
  /** Automation only: a clock schedule or an event trigger (unset when the words say neither). */
  readonly trigger?: Trigger;
}

/** The kinds that weigh on each side, in the table's order. */
export const SIDE_KINDS: Readonly<Record<Product, readonly SignalKind[]>> = {
  code: kindsOn('code'),
  cowork: kindsOn('cowork'),
};

function kindsOn(side: Product): SignalKind[] {
  return (Object.keys(SIGNAL_KINDS) as SignalKind[]).filter((kind) => SIGNAL_KINDS[kind].side === side);
}
