/** The held-out report's miss lists: which items and compound tasks it keeps, and how `--misses N` shows them. */
import { describe, expect, it } from 'vitest';
import type { CompoundCase } from '../../eval/compound.js';
import { losoReport, productInTask } from '../../eval/loso.js';
import type { EngineAnswer, LosoInput } from '../../eval/loso.js';
import { renderLoso, renderLosoMisses } from '../../eval/render-loso.js';

const ITEMS: LosoInput['items'] = [
  { id: 'shell:1', source: 'shell', text: 'list files bigger than a megabyte', label: 'code', learned: 2 },
  { id: 'shell:2', source: 'shell', text: 'count lines in every log', label: 'code', learned: -1 },
  { id: 'shell:3', source: 'shell', text: 'show the disk usage of home', label: 'code', learned: -2 },
  { id: 'office:1', source: 'office', text: 'book a table for four', label: 'cowork', learned: -3 },
  { id: 'office:2', source: 'office', text: 'tidy the budget sheet', label: 'cowork', learned: 1 },
];

/** A stub engine: what the made-up items above are decided as. */
const DECIDED: Readonly<Record<string, Pick<EngineAnswer, 'surface' | 'confidence'>>> = {
  'list files bigger than a megabyte': { surface: 'code', confidence: 0.9 },
  'count lines in every log': { surface: 'cowork', confidence: 0.6 },
  'show the disk usage of home': { surface: 'cowork', confidence: 0.8 },
  'book a table for four': { surface: 'cowork', confidence: 0.95 },
  'tidy the budget sheet': { surface: 'cowork', confidence: 0.7 },
};
const decide = (_source: string, text: string): EngineAnswer => ({ ...(DECIDED[text] ?? { surface: 'cowork', confidence: 0.5 }), questions: [], parts: [] });

const TEXT = 'count lines in every log, then book a table for four.';
const COMPOUND: CompoundCase = {
  id: 'shell:2 + office:1',
  text: TEXT,
  joiner: ', then ',
  pieces: [
    { label: 'code', start: 0, end: 24 },
    { label: 'cowork', start: 31, end: 52 },
  ],
};

function report(answer: EngineAnswer) {
  return losoReport({
    items: ITEMS,
    evalOnly: [],
    decide,
    compounds: [{ compound: COMPOUND, answer, check: { pieces: [{ start: 0, end: 24 }, { start: 31, end: 52 }], alone: ['cowork', 'cowork'] }, sources: ['shell', 'office'] }],
  });
}

const UNSPLIT: EngineAnswer = { surface: 'cowork', confidence: 0.7, questions: [], parts: [] };
const SPLIT: EngineAnswer = {
  surface: 'both',
  confidence: 0.7,
  questions: [],
  parts: [
    { surface: 'code', start: 0, end: 24 },
    { surface: 'cowork', start: 24, end: 53 },
  ],
};

describe('the held-out report keeps its misses', () => {
  it('keeps every single-label item decided wrong, with its source, labels and confidence', () => {
    expect(report(UNSPLIT).misses.heldOut.map(({ id, predicted, confidence }) => [id, predicted, confidence])).toEqual([
      ['shell:2', 'cowork', 0.6],
      ['shell:3', 'cowork', 0.8],
    ]);
  });

  it.each([
    { name: 'a task not split, its code step wrong alone', answer: UNSPLIT, cause: ['code step wrong alone'] },
    { name: 'a task split right', answer: SPLIT, cause: [] },
  ])('keeps a compound task when it is missed: $name', ({ answer, cause }) => {
    const misses = report(answer).misses.compound;
    expect(misses.map((miss) => miss.cause)).toEqual(cause);
    if (misses[0]) expect(misses[0]).toMatchObject({ sources: ['shell', 'office'], labels: ['code', 'cowork'], alone: ['cowork', 'cowork'], surface: 'cowork' });
  });
});

describe('renderLosoMisses', () => {
  it('shows nothing when no misses are asked for, so the plain report is unchanged', () => {
    expect(renderLosoMisses(report(UNSPLIT), 0)).toEqual([]);
    expect(renderLoso(report(UNSPLIT))).not.toContain('Held-out misses');
  });

  it('lists up to N a source, most confident first, and says how many were left off', () => {
    const text = renderLosoMisses(report(UNSPLIT), 1).join('\n');
    expect(text).toContain('#### shell: 2 of 3');
    expect(text).toContain('- code → cowork (0.80) `shell:3` "show the disk usage of home"');
    expect(text).not.toContain('count lines in every log" ');
    expect(text).toContain('- … 1 more');
    expect(text).not.toContain('#### office');
  });

  it('lists compound misses under their cause with each step alone and the parts decided', () => {
    const text = renderLoso(report(UNSPLIT), { misses: 5 });
    expect(text).toContain('#### code step wrong alone: 1');
    expect(text).toContain(`- ${JSON.stringify(TEXT)}\n  steps: shell code (alone cowork), office cowork (alone cowork); decided cowork`);
  });
});

describe('productInTask', () => {
  const piece = { start: 10, end: 20 };
  it.each([
    { name: 'a task not split: the task’s product', answer: { surface: 'code', parts: [] }, product: 'code' },
    { name: 'a split task: the part that covers most of the step', answer: { surface: 'both', parts: [{ surface: 'cowork', start: 0, end: 12 }, { surface: 'code', start: 12, end: 30 }] }, product: 'code' },
    { name: 'a split task whose parts miss the step', answer: { surface: 'both', parts: [{ surface: 'cowork', start: 0, end: 5 }, { surface: 'code', start: 25, end: 30 }] }, product: 'none' },
  ])('$name', ({ answer, product }) => {
    expect(productInTask(answer, piece)).toBe(product);
  });

  it('is counted per step source in the step table', () => {
    const steps = report(SPLIT).compound.bySteps;
    expect(steps.map(({ source, rightInTask, rightAlone }) => [source, rightInTask, rightAlone])).toEqual([
      ['shell', 1, 0],
      ['office', 1, 1],
    ]);
  });
});
