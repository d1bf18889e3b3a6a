/** Confidence: higher for strong agreeing signals, lower for weak or conflicting ones, low with none. */
import { describe, expect, it } from 'vitest';
import { decideByRules, decideText, questionIds } from './helpers.js';

const confidence = (text: string): number => decideText(text).confidence;

describe('confidence', () => {
  it.each([
    {
      strong: 'Refactor the payments module in our TypeScript monorepo, add unit tests and open a pull request on GitHub.',
      weaker: 'Update the budget spreadsheet with data from the Postgres database.',
    },
    {
      strong: 'Refactor the payments module in our TypeScript monorepo, add unit tests and open a pull request on GitHub.',
      weaker: 'Copy the figures from the orders database into the Excel report for the board.',
    },
    {
      strong: 'Turn the sales data into a chart in the Excel workbook and summarize it in a Word memo.',
      weaker: 'Update the document.',
    },
    {
      strong: 'Clean up the sales spreadsheet and add a totals row.',
      weaker: 'Can you sort this out?',
    },
    {
      // A few words the rules find nothing in: the Cowork default is surer where the model leans Cowork too.
      strong: 'Please handle it by Friday.',
      weaker: 'Check the database.',
    },
  ])('is higher for $strong than for $weaker', ({ strong, weaker }) => {
    expect(confidence(strong)).toBeGreaterThan(confidence(weaker));
  });

  it.each(['hello', 'Can you do this for me?', 'Thanks!'])('is low (< 0.5) with no signal at all (no rule, no word the model knows): %j', (text) => {
    const decision = decideText(text);
    expect(decision.confidence).toBeLessThan(0.5);
    expect(questionIds(decision)).toContain('question.code-or-infra');
  });

  it.each(['Can you take care of this for me?', 'Please handle it by Friday.', 'Help me with the Q3 numbers.'])('is low (< 0.5) with no rule signal on the rules alone: %j', (text) => {
    expect(decideByRules(text).confidence).toBeLessThan(0.5);
  });

  it.each(['Can you take care of this for me?', 'Please handle it by Friday.', 'Help me with the Q3 numbers.'])(
    'comes from the model on a few words the rules find nothing in, and the question stays: %j',
    (text) => {
      const decision = decideText(text);
      expect(decision.surface).toBe('cowork');
      expect(decision.confidence).toBeGreaterThanOrEqual(0.5);
      expect(questionIds(decision)).toContain('question.code-or-infra');
    },
  );

  it('is not held down by a question whose answer cannot change a clear code call', () => {
    const decision = decideText("I'm not technical, but I need the Django app's login bug fixed.");
    expect(questionIds(decision)).toContain('question.operator');
    expect(decision.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    'Refactor the payments module in our TypeScript monorepo, add unit tests and open a pull request on GitHub.',
    'Turn the sales data into a chart in the Excel workbook and summarize it in a Word memo.',
    'Every Monday at 9am, email the team the sales pipeline summary.',
  ])('is high (>= 0.8) for a clear task: %j', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    'Deploy the API.',
    'Fix the failing unit test, then write the customer apology letter.',
    'Prepare the weekly sales report.',
    'Can you take care of this for me?',
    'EVERY NIGHT AT 2AM, BACK UP THE POSTGRES DATABASE.',
  ])('lies within 0..1: %j', (text) => {
    const value = confidence(text);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  });
});
