import { describe, expect, it } from 'vitest';
import { MAX_WORDS, MIN_WORDS, countWords, generateTasks, toJsonLines } from '../../bench/generate.js';
import { createRng } from '../../bench/prng.js';
import { LATENCY_TASKS } from '../../bench/tasks-100.js';

describe('createRng', () => {
  it.each([0, 1, 42, 2 ** 32 - 1])('repeats the same sequence for seed %i', (seed) => {
    const a = createRng(seed);
    const b = createRng(seed);
    const first = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each([
    { min: 1, max: 6 },
    { min: 0, max: 0 },
    { min: -3, max: 3 },
  ])('int($min, $max) stays within both ends and reaches them', ({ min, max }) => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 2_000 }, () => rng.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
  });
});

describe('generateTasks', () => {
  it.each([1, 2, 99])('is deterministic for seed %i', (seed) => {
    expect(generateTasks(seed, 200)).toEqual(generateTasks(seed, 200));
  });

  it('gives different tasks for different seeds', () => {
    expect(generateTasks(1, 50)).not.toEqual(generateTasks(2, 50));
  });

  it('gives the same first tasks however many are asked for', () => {
    expect(generateTasks(5, 1_000).slice(0, 100)).toEqual(generateTasks(5, 100));
  });

  const tasks = generateTasks(3, 5_000);

  it(`keeps every text within ${MIN_WORDS}..${MAX_WORDS} words and spreads the lengths`, () => {
    const lengths = tasks.map((task) => countWords(task.text));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(Math.max(...lengths)).toBe(MAX_WORDS);
    expect(lengths.filter((length) => length <= 30).length).toBeGreaterThan(1_000);
  });

  it('numbers the ids in order and gives some tasks context and a policy', () => {
    expect(tasks.map((task) => task.id).slice(0, 3)).toEqual(['t0', 't1', 't2']);
    const withContext = tasks.filter((task) => task.context !== undefined).length;
    expect(withContext / tasks.length).toBeGreaterThan(0.1);
    expect(withContext / tasks.length).toBeLessThan(0.3);
    expect(tasks.some((task) => task.policy !== undefined)).toBe(true);
  });

  it('writes one JSON line per task', () => {
    const lines = toJsonLines(tasks.slice(0, 3)).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual(tasks[0]);
  });
});

describe('the latency tasks', () => {
  it.each(LATENCY_TASKS.map((task) => [task.name, task.input.text] as const))('%s has exactly 100 words', (_, text) => {
    expect(countWords(text)).toBe(100);
  });
});
