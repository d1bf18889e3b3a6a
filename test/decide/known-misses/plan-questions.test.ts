/**
 * The plans caveat is about Claude's own plans, seats and prices: a company's own pricing,
 * tiers or subscriptions are the subject of its work, not a question about which plan to buy.
 */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText } from '../helpers.js';

describe("Claude's plans and prices carry the confirm-plans caveat", () => {
  it.each([
    'Which Claude plan do we need for ten people?',
    'How much does Claude cost for a team of five?',
    'Does the Pro plan include Cowork?',
    'What is the price of a Claude Max subscription?',
    'How many seats does our Claude Team plan have?',
    'Is Claude Code included in the Enterprise plan?',
    'Which plan should we get for the support team?',
  ])('%s', (text) => {
    expect(caveatIds(decideText(text))).toContain('caveat.confirm-plans');
  });
});

describe("a company's own pricing does not", () => {
  it.each([
    { text: 'Update the pricing page on our website.', surface: 'cowork' },
    { text: 'Write a pricing proposal for the new client with three tiers.', surface: 'cowork' },
    { text: 'Compare our subscription prices with our competitors in a table.', surface: 'cowork' },
    { text: 'Draft an email announcing our new pricing to customers.', surface: 'cowork' },
    { text: 'Make a slide about our pricing model.', surface: 'cowork' },
    { text: 'Read the CSV file and compute the average price per region.', surface: 'code' },
    { text: 'Add a seats column to the venue booking sheet.', surface: 'cowork' },
  ])('$text ($surface)', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    expect(caveatIds(decision)).not.toContain('caveat.confirm-plans');
  });
});
