import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../eval/evaluate.js';
import { ACCURACY_END, ACCURACY_START, renderAccuracyBlock, replaceAccuracyBlock } from '../../eval/readme-block.js';
import { CORPUS, stubRouter } from './fixtures.js';

describe('renderAccuracyBlock', () => {
  it('renders aggregate figures only', () => {
    const file = evaluateCorpus(CORPUS, stubRouter);
    if (!file.ok) throw new Error(file.error);
    const block = renderAccuracyBlock(file.value, '2026-01-31', 'tiny.jsonl');
    expect(block).toMatchInlineSnapshot(`
      "Measured on \`tiny.jsonl\` (6 labelled tasks: 2 code, 4 cowork) on 2026-01-31; regenerate with \`npm run readme:accuracy\`.

      |  | engine | keyword baseline |
      | --- | ---: | ---: |
      | accuracy | 0.500 | 0.833 |
      | balanced accuracy | 0.500 | 0.750 |
      | macro-F1 | 0.536 | 0.778 |
      | alpha accuracy (3 tasks) | 0.667 | 0.667 |
      | beta accuracy (3 tasks) | 0.333 | 1.000 |
      | ≥0.9-confidence accuracy | 0.667 (3 tasks) | — |
      | decided \`both\` | 1 | 0 |"
    `);
    for (const item of CORPUS.items) {
      expect(block).not.toContain(item.text);
      expect(block).not.toContain(item.id);
    }
  });
});

describe('replaceAccuracyBlock', () => {
  const readme = `# Title\n\nIntro.\n\n${ACCURACY_START}\nold table\n${ACCURACY_END}\n\nMore.\n`;

  it('replaces what lies between the markers and keeps the rest', () => {
    expect(replaceAccuracyBlock(readme, 'new table')).toEqual({
      ok: true,
      value: `# Title\n\nIntro.\n\n${ACCURACY_START}\nnew table\n${ACCURACY_END}\n\nMore.\n`,
    });
  });

  it('is stable when run twice', () => {
    const once = replaceAccuracyBlock(readme, 'new table');
    const twice = once.ok ? replaceAccuracyBlock(once.value, 'new table') : once;
    expect(twice).toEqual(once);
  });

  it.each([
    { name: 'no markers', text: '# Title\n', error: /^no <!-- accuracy:start -->/ },
    { name: 'only the start marker', text: `${ACCURACY_START}\n`, error: /^no / },
    { name: 'markers reversed', text: `${ACCURACY_END}\n${ACCURACY_START}\n`, error: /comes before/ },
    { name: 'markers twice', text: `${ACCURACY_START}${ACCURACY_END}${ACCURACY_START}${ACCURACY_END}`, error: /more than once/ },
  ])('refuses $name', ({ text, error }) => {
    const result = replaceAccuracyBlock(text, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
