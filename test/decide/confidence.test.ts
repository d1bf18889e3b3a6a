/** Confidence: higher for strong agreeing signals, lower for weak or conflicting ones, low with none. */
import { describe, expect, it } from 'vitest';
import { decideText } from './helpers.js';

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
      weaker: 'Can you take care of this for me?',
    },
    {
      strong: 'Debug the memory leak in the worker process.',
      weaker: "I'm not technical, but I need the Django app's login bug fixed.",
    },
  ])('is higher for $strong than for $weaker', ({ strong, weaker }) => {
    expect(confidence(strong)).toBeGreaterThan(confidence(weaker));
  });

  it.each(['Can you take care of this for me?', 'Please handle it by Friday.', 'Help me with the Q3 numbers.'])(
    'is low (< 0.5) with no signal: %j',
    (text) => {
      expect(confidence(text)).toBeLessThan(0.5);
    },
  );

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
