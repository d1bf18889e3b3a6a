import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/log/memory-store.js';
import type { DecisionStore } from '../../src/log/store.js';
import { createLogWriter } from '../../src/server/log-writer.js';
import { recordAt } from '../log/store-conformance.js';

const record = (id: string) => recordAt(id, '2026-11-30T00:00:00.000Z', { text: `Task ${id}` });

describe('group commit', () => {
  it('stores writes from one turn in one append, and answers each once stored', async () => {
    const store = createMemoryStore();
    const appends: number[] = [];
    const counting: DecisionStore = { ...store, append: (records) => (appends.push(records.length), store.append(records)) };
    const writer = createLogWriter(counting);
    const writes = ['a', 'b', 'c'].map((id) => writer.write([record(id)]));
    expect(store.stats().total).toBe(0); // nothing is answered before it is stored
    await Promise.all(writes);
    expect(appends).toEqual([3]);
    expect(store.stats().total).toBe(3);
    await writer.write([record('d')]);
    expect(appends).toEqual([3, 1]);
  });

  it('fails only the write whose records could not be stored', async () => {
    const store = createMemoryStore();
    store.append([record('taken')]);
    const writer = createLogWriter(store);
    const results = await Promise.allSettled([writer.write([record('x')]), writer.write([record('taken')]), writer.write([record('y')])]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.get('x')).toBeDefined();
    expect(store.get('y')).toBeDefined();
  });
});
