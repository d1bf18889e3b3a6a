/**
 * The `guide` edition: the guide's facts and decisions as written. Where the 2026-11 edition
 * changes a fact a decision rests on, the decision lists the change in `updates`.
 */
import type { FactUpdate, KnowledgePack } from '../pack.js';
import { GUIDE_BASE } from '../pack.js';
import type { FactChange } from './changes-2026-11.js';
import { CHANGES_2026_11 } from './changes-2026-11.js';

/** A change as a decision lists it. */
export function updateOf(change: FactChange): FactUpdate {
  const { id, guide, now, asOf, source, changes } = change;
  return { fact: id, guide, now, asOf, source, changes };
}

export const GUIDE_EDITION: KnowledgePack = {
  ...GUIDE_BASE,
  // Only changes that touch a guide fact can bear on a guide decision.
  updates: CHANGES_2026_11.filter((change) => change.differs && change.changes.length > 0).map(updateOf),
};
