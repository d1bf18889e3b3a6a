/** The bench's real-text input: every text of the three shared corpora, numbered as the output check expects. */
import { describe, expect, it } from 'vitest';
import { corpusTasks } from '../../bench/corpus-tasks.js';
import { checkOutputLines, outputProblem } from '../../bench/check-output.js';

describe('corpusTasks', () => {
  const corpora = corpusTasks();

  it('reads every text of dev, extra and train-extra, with no label', () => {
    expect(corpora.ok).toBe(true);
    if (!corpora.ok) return;
    expect(corpora.tasks.length).toBeGreaterThan(5_000);
    for (const task of corpora.tasks) expect(Object.keys(task).sort()).toEqual(['id', 'text']);
  });

  it('numbers them t0, t1, ... so the output check takes an answer per line, in order', async () => {
    if (!corpora.ok) throw new Error(corpora.error);
    const answers = corpora.tasks.map((task) => JSON.stringify({ id: task.id, surface: 'code' }));
    expect(outputProblem(await checkOutputLines(answers), corpora.tasks.length)).toBeUndefined();
  });
});
