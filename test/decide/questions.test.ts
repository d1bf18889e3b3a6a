/** Questions are asked only when their answer could change the decision. */
import { describe, expect, it } from 'vitest';
import type { DecisionInput } from '../../src/index.js';
import { decide } from '../../src/index.js';
import { questionIds } from './helpers.js';

const asked = (input: DecisionInput): string[] => questionIds(decide(input));

describe('asked when the answer could change the decision', () => {
  it.each<{ input: DecisionInput; question: string }>([
    { input: { text: 'Can you take care of this for me?' }, question: 'question.code-or-infra' },
    { input: { text: 'Please handle it by Friday.' }, question: 'question.code-or-infra' },
    { input: { text: 'Help me with the Q3 numbers.' }, question: 'question.code-or-infra' },
    { input: { text: 'Prepare the weekly sales report.' }, question: 'question.schedule' },
    { input: { text: 'Do the monthly close reconciliation in the workbook.' }, question: 'question.schedule' },
    { input: { text: 'Summarize the patient records from the clinic into a spreadsheet.' }, question: 'question.compliance' },
    { input: { text: "I'm in marketing and need our landing page redeployed from the GitHub repo." }, question: 'question.operator' },
    { input: { text: 'Update the config for the staging environment.', context: { operator: 'non-technical' } }, question: 'question.operator' },
  ])('$input.text asks $question', ({ input, question }) => {
    expect(asked(input)).toContain(question);
  });
});

describe('not asked once answered', () => {
  it.each<{ input: DecisionInput; question: string }>([
    { input: { text: 'Help me with the Q3 numbers.', context: { involvesCode: false } }, question: 'question.code-or-infra' },
    { input: { text: 'Help me with the Q3 numbers.', context: { involvesCode: true } }, question: 'question.code-or-infra' },
    { input: { text: 'Prepare the weekly sales report.', context: { scheduled: false } }, question: 'question.schedule' },
    { input: { text: 'Prepare the weekly sales report.', context: { scheduled: true } }, question: 'question.schedule' },
    { input: { text: 'Summarize the patient records from the clinic into a spreadsheet.', context: { compliance: [] } }, question: 'question.compliance' },
    { input: { text: 'Summarize the patient records from the clinic into a spreadsheet.', context: { compliance: ['hipaa'] } }, question: 'question.compliance' },
    { input: { text: "I'm in marketing and need our landing page redeployed from the GitHub repo.", context: { operator: 'technical' } }, question: 'question.operator' },
  ])('$input.context answers $question', ({ input, question }) => {
    expect(asked(input)).not.toContain(question);
  });
});

describe('not asked when the answer would not change anything', () => {
  it.each<{ text: string; question: string }>([
    { text: 'Deploy the billing service to production.', question: 'question.code-or-infra' },
    { text: 'Turn these meeting notes into a slide deck.', question: 'question.code-or-infra' },
    { text: 'Run the weekly database vacuum on the staging server.', question: 'question.schedule' },
    { text: "Fix the monthly billing script's rounding bug.", question: 'question.schedule' },
    { text: 'Every Monday at 9am, email the weekly sales report.', question: 'question.schedule' },
    { text: 'Summarize the patient records in the Postgres database with a SQL query.', question: 'question.compliance' },
    { text: 'Summarize the HIPAA-covered discharge notes.', question: 'question.compliance' },
    { text: "I'm not technical. Please rename the files in my Photos folder by date.", question: 'question.operator' },
  ])('$text does not ask $question', ({ text, question }) => {
    expect(asked({ text })).not.toContain(question);
  });

  it('a Cowork gateway makes the compliance answer moot', () => {
    const text = 'Summarize the patient records from the clinic into a spreadsheet.';
    expect(asked({ text, policy: { coworkGateway: true } })).not.toContain('question.compliance');
  });

  it.each([
    'Clean up the sales spreadsheet and add a totals row.',
    'Refactor the auth module and add unit tests.',
    'Every Monday at 9am, email the team the sales pipeline summary.',
  ])('a clear task asks nothing: %j', (text) => {
    expect(asked({ text })).toEqual([]);
  });

  it('every question comes with its words', () => {
    const { questions } = decide({ text: 'Prepare the weekly patient report.' });
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.text.trim()).not.toBe('');
  });
});
