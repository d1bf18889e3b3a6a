/** Chooses which misroutes to list when there are more than the limit. */
import type { Miss } from './evaluate.js';

export interface MissGroup {
  readonly source: string;
  /** Misses of this source in all. */
  readonly total: number;
  readonly shown: readonly Miss[];
}

/** Most confident first: a confident mistake says most about the router. */
const byConfidence = (a: Miss, b: Miss): number => (b.confidence ?? -1) - (a.confidence ?? -1) || a.line - b.line;

/**
 * Groups misses by source and picks up to `limit` of them, taking turns between sources
 * so that every source is represented.
 * @example selectMisses(misses, 40).map((group) => group.source) // ['alpha', 'beta']
 */
export function selectMisses(misses: readonly Miss[], limit: number): readonly MissGroup[] {
  const groups = new Map<string, Miss[]>();
  for (const miss of misses) groups.set(miss.source, [...(groups.get(miss.source) ?? []), miss]);
  const queues = [...groups].map(([source, list]) => ({ source, list: [...list].sort(byConfidence), shown: [] as Miss[] }));
  let left = Math.max(0, limit);
  for (let round = 0; left > 0; round += 1) {
    const takers = queues.filter((queue) => queue.list.length > round);
    if (takers.length === 0) break;
    for (const queue of takers) {
      if (left === 0) break;
      const next = queue.list[round];
      if (next) queue.shown.push(next);
      left -= 1;
    }
  }
  return queues.map(({ source, list, shown }) => ({ source, total: list.length, shown }));
}
