/** The caveats that travel with an answer: same model, changing plans, engineering review. */
import { describe, expect, it } from 'vitest';
import { caveatIds, decideText } from './helpers.js';

describe('caveat.same-model', () => {
  it.each([
    { text: 'Which one is smarter for writing a board memo?', surface: 'cowork' },
    { text: 'Which is more capable for sorting my receipts?', surface: 'cowork' },
    { text: 'I need the most powerful option to refactor our monolith.', surface: 'code' },
    { text: 'Use the smartest one to fix the race condition in our Go backend.', surface: 'code' },
  ])('$text: still decided by the work ($surface), with the same-model caveat', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    expect(caveatIds(decision)).toContain('caveat.same-model');
  });
});

describe('caveat.confirm-plans', () => {
  it.each([
    { text: 'How much does it cost for a team of ten? We mostly draft contracts.', surface: 'cowork' },
    { text: 'How many seats do we need for the finance team to use it for spreadsheets?', surface: 'cowork' },
    { text: 'Which plan do we need to run this on our repo?', surface: 'code' },
    { text: 'Is the Max plan enough for deploying our app?', surface: 'code' },
  ])('$text: $surface, with the confirm-plans caveat', ({ text, surface }) => {
    const decision = decideText(text);
    expect(decision.surface).toBe(surface);
    expect(caveatIds(decision)).toContain('caveat.confirm-plans');
  });
});

describe('caveats are shown only when they apply', () => {
  it.each([
    'Draft a memo to staff about the new parking policy.',
    'Organize my Downloads folder into subfolders by file type.',
    'Put the survey results in an Excel chart.',
  ])('plain knowledge work carries no caveat: %j', (text) => {
    expect(caveatIds(decideText(text))).toEqual([]);
  });

  it.each([
    'Deploy the billing service to production.',
    'Refactor the auth module and add unit tests.',
    'Install Node 20 and pnpm on the new laptop.',
  ])('plain code work carries only engineering review: %j', (text) => {
    expect(caveatIds(decideText(text))).toEqual(['caveat.engineering-review']);
  });

  it('every caveat comes with its words', () => {
    const decision = decideText('Every night, back up the HIPAA patient database. Which plan is smartest?');
    expect(decision.caveats.length).toBeGreaterThanOrEqual(4);
    for (const caveat of decision.caveats) expect(caveat.text.trim()).not.toBe('');
  });
});
