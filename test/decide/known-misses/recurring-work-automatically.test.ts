/**
 * A recurring piece of work wanted done automatically is a schedule: "send the weekly report
 * automatically" starts on its own every week, so automation decides (Claude Code in the guide
 * edition; a Cowork scheduled task in 2026-11, since the clock starts it). "Automatically" on
 * its own, or a recurring report done by hand, stays what it was. Each phrasing is checked with
 * the rules alone and with the shipped learned signal.
 */
import { describe, expect, it } from 'vitest';
import { decideByRules, decideText, expectBothWays } from '../helpers.js';

describe('recurring work wanted automatically is automation', () => {
  it.each([
    ['Send the weekly report automatically'],
    ['Automatically email the monthly invoices to each client'],
    ['Automate the quarterly metrics summary for the board'],
    ['Could the daily status update go out automatically?'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
    for (const decision of [decideByRules(text), decideText(text)]) {
      expect(decision.reasons.map((reason) => reason.rule)).toContain('code.automation');
    }
  });

  it('goes to a Cowork scheduled task in the 2026-11 edition: the clock starts it', () => {
    const decision = decideText('Send the weekly report automatically', { policy: { knowledge: '2026-11' } });
    expect(decision.surface).toBe('cowork');
  });
});

describe('without both halves it stays as it was', () => {
  it.each([
    ['I write the weekly report by hand, no need to automate it'],
    ['Write the weekly report'],
  ])('%s', (text) => {
    for (const decision of [decideByRules(text), decideText(text)]) {
      expect(decision.reasons.map((reason) => reason.rule)).not.toContain('code.automation');
    }
  });
});
