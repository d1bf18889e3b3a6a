/** Which question `ask` puts next: only unanswered ones whose answer would change the product. */
import { describe, expect, it } from 'vitest';
import { nextQuestion } from '../../src/ask/next.js';
import type { AskField } from '../../src/ask/questions.js';
import { decide } from '../../src/index.js';
import type { DecisionInput } from '../../src/index.js';

/** The questions asked in order when every answer is the first option offered. */
function conversation(input: DecisionInput): AskField[] {
  const asked = new Set<AskField>();
  let current = input;
  for (let question = nextQuestion(decide, current, asked); question !== undefined; question = nextQuestion(decide, current, asked)) {
    asked.add(question.field);
    current = { ...current, context: { ...current.context, ...question.options[0]?.patch } };
  }
  return [...asked];
}

describe('nextQuestion', () => {
  it.each([
    ['recurring knowledge work: could it run on its own?', { text: 'Prepare the weekly sales report.' }, ['scheduled']],
    ['no signal at all: both quick-test questions, code first', { text: 'Help me with the Q3 thing.' }, ['involvesCode']],
    ['clear code work: nothing would change it', { text: 'Fix the flaky login test and open a pull request.' }, []],
    ['already answered by a flag', { text: 'Prepare the weekly sales report.', context: { scheduled: false } }, []],
  ])('%s', (_why, input, expected) => {
    expect(conversation(input)).toEqual(expected);
  });

  it.each(['Prepare the weekly sales report.', 'Help me with the Q3 thing.', 'Summarise the monthly patient intake forms.'])(
    'offers for %j a question at least one of whose answers changes the product',
    (text) => {
      const question = nextQuestion(decide, { text }, new Set());
      expect(question).toBeDefined();
      const surfaces = question?.options.map((option) => decide({ text, context: option.patch }).surface) ?? [];
      expect(new Set(surfaces).size).toBeGreaterThan(1);
    },
  );
});
