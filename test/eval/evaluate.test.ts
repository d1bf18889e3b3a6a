import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../eval/evaluate.js';
import { engineRouter } from '../../eval/run.js';
import type { FileReport } from '../../eval/evaluate.js';
import { CORPUS, fakeClock, stubRouter } from './fixtures.js';

function evaluate(): FileReport {
  const result = evaluateCorpus(CORPUS, stubRouter, { now: fakeClock() });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('evaluateCorpus', () => {
  const report = evaluate();

  it('scores the router and the baseline side by side', () => {
    expect(report.router.confusion).toEqual({
      code: { code: 1, cowork: 1, both: 0 },
      cowork: { code: 1, cowork: 2, both: 1 },
    });
    expect(report.baseline.confusion).toEqual({
      code: { code: 1, cowork: 1, both: 0 },
      cowork: { code: 0, cowork: 4, both: 0 },
    });
    expect(report.router.scores.accuracy).toBeCloseTo(3 / 6, 12);
    expect(report.baseline.scores.accuracy).toBeCloseTo(5 / 6, 12);
    expect(report.gain.accuracy).toBeCloseTo(-2 / 6, 12);
    expect(report.router.scores.both).toBe(1);
    expect(report.labels).toEqual({ code: 2, cowork: 4 });
  });

  it.each([
    { source: 'alpha', items: 3, correct: 2 },
    { source: 'beta', items: 3, correct: 1 },
  ])('scores source $source', ({ source, items, correct }) => {
    expect(report.router.sources.find((entry) => entry.source === source)).toEqual({
      source,
      items,
      correct,
      accuracy: correct / items,
    });
  });

  it('calibrates the router but not the baseline, which gives no confidence', () => {
    expect(report.router.calibration?.buckets.map((bucket) => [bucket.items, bucket.correct])).toEqual([
      [1, 0],
      [0, 0],
      [1, 0],
      [1, 1],
      [3, 2],
    ]);
    expect(report.baseline.calibration).toBeNull();
    expect(report.router.ms).toBe(5);
  });

  it('checks the targets', () => {
    expect(report.targets.map((target) => [target.id, target.passed])).toEqual([
      ['macro-f1', false],
      ['balanced-accuracy', false],
      ['source-accuracy', false],
      ['high-confidence-accuracy', false],
    ]);
    expect(report.targets[2]).toMatchObject({ source: 'beta', value: 1 / 3 });
    expect(report.targets[3]).toMatchObject({ items: 3, value: 2 / 3 });
    expect(report.passed).toBe(false);
  });

  it('lists each miss with its rules, words (each once), questions and the baseline verdict', () => {
    expect(report.misses.map((miss) => miss.id)).toEqual(['alpha:2', 'beta:2', 'beta:3']);
    expect(report.misses[2]).toEqual({
      id: 'beta:3',
      source: 'beta',
      line: 6,
      label: 'cowork',
      predicted: 'code',
      confidence: 0.91,
      text: 'Book a room for Friday',
      reasons: [{ rule: 'code.automation', words: ['Friday'] }],
      questions: ['question.schedule'],
      baseline: 'cowork',
    });
  });

  it('passes every target with a perfect router', () => {
    const perfect = evaluateCorpus(CORPUS, (text) => {
      const item = CORPUS.items.find((entry) => entry.text === text);
      return { ok: true, value: { surface: item?.label ?? 'both', confidence: 0.99, reasons: [], questions: [] } };
    });
    expect(perfect.ok && perfect.value.passed).toBe(true);
  });

  it.each([
    { name: 'a refusal', router: () => ({ ok: false, error: 'text is too long' }) as const, error: 'tiny.jsonl:1: the router refused the item: text is too long' },
    {
      name: 'an unknown surface',
      router: () => ({ ok: true, value: { surface: 'maybe', reasons: [], questions: [] } }) as never,
      error: 'tiny.jsonl:1: the router answered an unknown surface "maybe"',
    },
  ])('stops at $name with the file and line', ({ router, error }) => {
    expect(evaluateCorpus(CORPUS, router)).toEqual({ ok: false, error });
  });
});

describe('engineRouter', () => {
  it.each([
    {
      name: 'passes a decision through',
      safeDecide: () => ({ ok: true, value: { surface: 'code', confidence: 0.9, reasons: [], questions: [] } }) as const,
      expected: { ok: true, value: { surface: 'code', confidence: 0.9, reasons: [], questions: [] } },
    },
    {
      name: 'joins field-level issues into one line',
      safeDecide: () => ({ ok: false, error: [{ field: 'text', message: 'is too long' }, { field: 'input', message: 'x' }] }) as const,
      expected: { ok: false, error: 'text is too long; input x' },
    },
    {
      name: 'turns a throw into a refusal',
      safeDecide: () => {
        throw new RangeError('boom');
      },
      expected: { ok: false, error: 'it threw RangeError: boom' },
    },
  ])('$name', ({ safeDecide, expected }) => {
    expect(engineRouter(safeDecide)('Any task')).toEqual(expected);
  });
});
