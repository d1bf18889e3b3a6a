import { describe, expect, it } from 'vitest';
import { losoReport } from '../../eval/loso.js';
import type { EngineAnswer, LosoInput, LosoItem } from '../../eval/loso.js';
import { losoTargets, renderLoso } from '../../eval/render-loso.js';

/** Made-up held-out items: two sources, each with one item the stub engine gets wrong. */
const ITEMS: readonly LosoItem[] = [
  { id: 'a1', source: 'alpha', text: 'Rotate the nginx logs on the web box', label: 'code', learned: 2.5 },
  { id: 'a2', source: 'alpha', text: 'Move the holiday photos into a new album', label: 'cowork', learned: 1.5 },
  { id: 'a3', source: 'alpha', text: 'Open the clock app and start a timer', label: 'cowork', learned: 0.4 },
  { id: 'b1', source: 'beta', text: 'Draft a thank-you note to the caterers', label: 'cowork', learned: -3 },
  { id: 'b2', source: 'beta', text: 'Rebuild the search index overnight', label: 'code', learned: 0.2 },
];

/** Wrong, and sure of it, on the photo chore; torn and wrong on the index; right elsewhere. */
const ANSWERS: Readonly<Record<string, EngineAnswer>> = {
  a1: { surface: 'code', confidence: 0.95, questions: [], parts: [], reasons: [{ rule: 'code.code-or-infra', words: ['nginx'] }] },
  a2: { surface: 'code', confidence: 0.9, questions: [], parts: [], reasons: [{ rule: 'code.code-or-infra', words: ['Move', 'photos'] }] },
  a3: { surface: 'code', confidence: 0.6, questions: ['question.code-or-infra'], parts: [], reasons: [] },
  b1: { surface: 'cowork', confidence: 0.97, questions: [], parts: [], reasons: [{ rule: 'cowork.knowledge-work', words: ['note'] }] },
  b2: { surface: 'cowork', confidence: 0.55, questions: ['question.code-or-infra'], parts: [], reasons: [] },
};

function input(items: readonly LosoItem[], compounds: LosoInput['compounds'] = null): LosoInput {
  const byText = new Map(ITEMS.map((item) => [item.text, item.id]));
  return { items, evalOnly: [], decide: (_source, text) => ANSWERS[byText.get(text) as string] as EngineAnswer, compounds };
}

describe('losoReport: held-out misses', () => {
  const report = losoReport(input(ITEMS));

  it.each([
    { source: 'alpha', ids: ['a2', 'a3'] },
    { source: 'beta', ids: ['b2'] },
  ])('lists every miss of $source, most confident first', ({ source, ids }) => {
    const result = report.sources.find((entry) => entry.source === source);
    expect(result?.misses.map((miss) => miss.id)).toEqual(ids);
  });

  it('keeps what a miss needs to be read: label, answer, confidence, learned logit and the words of each rule', () => {
    expect(report.sources[0]?.misses[0]).toEqual({
      id: 'a2',
      text: 'Move the holiday photos into a new album',
      label: 'cowork',
      predicted: 'code',
      confidence: 0.9,
      learned: 1.5,
      reasons: [{ rule: 'code.code-or-infra', words: ['Move', 'photos'] }],
    });
  });

  it('has no compound result when the compound set was not run, and no compound target to fail', () => {
    expect(report.compound).toBeNull();
    expect(losoTargets(report).map((target) => target.name)).not.toContain('compound: decided both, both parts right ≥ 0.90');
  });

  it('scores only the sources it was given', () => {
    const alphaOnly = losoReport(input(ITEMS.filter((item) => item.source === 'alpha')));
    expect(alphaOnly.sources.map((entry) => entry.source)).toEqual(['alpha']);
    expect(alphaOnly.mean.engine.accuracy).toBeCloseTo(1 / 3, 10);
  });
});

describe('renderLoso: the misses section', () => {
  const report = losoReport(input(ITEMS));

  it.each([
    { misses: undefined, listed: false },
    { misses: 0, listed: false },
    { misses: 1, listed: true },
  ])('lists misses only when asked ($misses)', ({ misses, listed }) => {
    const text = renderLoso(report, misses === undefined ? {} : { misses });
    expect(text.includes('### Held-out misses')).toBe(listed);
  });

  it('shows up to N misses per source, each on one line with its answer, confidence, logit and words', () => {
    const text = renderLoso(report, { misses: 1 });
    const section = text.slice(text.indexOf('### Held-out misses'));
    expect(section).toContain('alpha: 1 shown of 2');
    expect(section).toContain('- cowork → code at 0.90, learned 1.50: "Move the holiday photos into a new album" — code.code-or-infra ("Move", "photos")');
    expect(section).toContain('beta: 1 shown of 1');
    expect(section).not.toContain('Open the clock app');
  });

  it('says the compound set was not run instead of printing empty tables', () => {
    expect(renderLoso(report)).toContain('Not run: the run was restricted to some sources (--source).');
  });
});
