/**
 * One suite every DecisionStore implementation runs, so the memory store used in app tests
 * behaves exactly like the SQLite store the server uses.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import type { DecisionInput } from '../../src/index.js';
import { makeRecord } from '../../src/log/record.js';
import type { DecisionRecord } from '../../src/log/record.js';
import type { DecisionStore } from '../../src/log/store.js';

const engine = createEngine();

/** A record of `text` decided at `time`, with a predictable id. */
export function recordAt(id: string, time: string, input: DecisionInput): DecisionRecord {
  return makeRecord(input, engine.decide(input), { id, time: new Date(time), engineVersion: '0.0.0-test' });
}

const SAMPLE = [
  recordAt('r1', '2026-11-01T09:00:00.000Z', { text: 'Deploy the API to staging' }),
  recordAt('r2', '2026-11-01T10:00:00.000Z', { text: 'Turn these meeting notes into a slide deck' }),
  recordAt('r3', '2026-11-02T08:00:00.000Z', { text: 'Fix the flaky login test' }),
  recordAt('r4', '2026-11-03T12:00:00.000Z', { text: 'Refresh the KPI numbers in the board deck', context: { scheduled: true } }),
  recordAt('r5', '2026-11-03T13:00:00.000Z', { text: 'Tidy up the ÉQUIPE shared folder' }),
];

const ids = (records: readonly DecisionRecord[]): string[] => records.map((record) => record.id);

export function storeConformance(name: string, open: () => DecisionStore): void {
  describe(`${name} decision store`, () => {
    const filled = (): DecisionStore => {
      const store = open();
      store.append(SAMPLE);
      return store;
    };

    it('gives back a stored record exactly as it was stored', () => {
      const store = filled();
      expect(store.get('r4')).toEqual(SAMPLE[3]);
      expect(store.get('missing')).toBeUndefined();
    });

    it('lists newest first', () => {
      expect(ids(filled().list({ limit: 10 }).records)).toEqual(['r5', 'r4', 'r3', 'r2', 'r1']);
    });

    it('pages with a cursor until the last page, which has none', () => {
      const store = filled();
      const first = store.list({ limit: 2 });
      expect(ids(first.records)).toEqual(['r5', 'r4']);
      const second = store.list({ limit: 2, cursor: first.nextCursor as string });
      expect(ids(second.records)).toEqual(['r3', 'r2']);
      const third = store.list({ limit: 2, cursor: second.nextCursor as string });
      expect(ids(third.records)).toEqual(['r1']);
      expect(third.nextCursor).toBeUndefined();
    });

    it.each([
      ['surface', { surface: 'cowork' as const }, ['r5', 'r2']],
      ['rule', { rule: 'code.automation' }, ['r4']],
      ['since', { since: '2026-11-02T00:00:00.000Z' }, ['r5', 'r4', 'r3']],
      ['free text, ignoring case', { q: 'DECK' }, ['r4', 'r2']],
      ['free text beyond ASCII', { q: 'équipe' }, ['r5']],
      ['filters together', { surface: 'code' as const, since: '2026-11-02T00:00:00.000Z' }, ['r4', 'r3']],
    ])('filters by %s', (_what, filter, expected) => {
      expect(ids(filled().list({ limit: 10, ...filter }).records)).toEqual(expected);
    });

    it('counts by surface, rule and day', () => {
      const stats = filled().stats();
      expect(stats.total).toBe(5);
      expect(stats.bySurface).toEqual([
        { key: 'code', count: 3 },
        { key: 'cowork', count: 2 },
      ]);
      expect(stats.byRule[0]).toEqual({ key: 'code.code-or-infra', count: 2 });
      expect(stats.byDay).toEqual([
        { key: '2026-11-01', count: 2 },
        { key: '2026-11-02', count: 1 },
        { key: '2026-11-03', count: 2 },
      ]);
    });

    it('removes one record and says whether it did', () => {
      const store = filled();
      expect(store.remove('r2')).toBe(true);
      expect(store.remove('r2')).toBe(false);
      expect(ids(store.list({ limit: 10 }).records)).toEqual(['r5', 'r4', 'r3', 'r1']);
    });

    it('reads every record since a time, oldest first', () => {
      expect(ids([...filled().each('2026-11-02T00:00:00.000Z')])).toEqual(['r3', 'r4', 'r5']);
      expect(ids([...filled().each()])).toHaveLength(5);
    });

    it('prunes records older than a time and counts them', () => {
      const store = filled();
      expect(store.prune('2026-11-03T00:00:00.000Z')).toBe(3);
      expect(ids(store.list({ limit: 10 }).records)).toEqual(['r5', 'r4']);
    });

    it('stores all of a batch or none of it', () => {
      const store = filled();
      const fresh = recordAt('r6', '2026-11-04T00:00:00.000Z', { text: 'Draft the memo' });
      expect(() => store.append([fresh, SAMPLE[0] as DecisionRecord])).toThrow();
      expect(store.get('r6')).toBeUndefined();
      expect(store.stats().total).toBe(5);
    });

    it('starts empty', () => {
      const store = open();
      expect(store.list({ limit: 10 })).toEqual({ records: [] });
      expect(store.stats()).toEqual({ total: 0, bySurface: [], byRule: [], byDay: [] });
    });
  });
}
