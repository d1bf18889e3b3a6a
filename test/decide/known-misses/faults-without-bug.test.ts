/**
 * A fault in a software feature, told without the word "bug": a part of the product (an export, a
 * generator, an importer, a date picker) fails, crashes, skips or shows the wrong thing. Broken
 * things that are not software stay Cowork.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, expect, it } from 'vitest';
import { decideByRules, expectBothWays } from '../helpers.js';

describe('a failing software part is code work', () => {
  it.each([
    ['The CSV export in the admin panel fails.'],
    ['The export to CSV in the admin panel fails with an error.'],
    ['The upload form crashes on files larger than 10 MB.'],
    ['The date picker shows the wrong month.'],
    ['The report generator produces empty pages for long tables.'],
    ['Fix the broken pagination on the orders page.'],
    ['The importer skips rows with accented names.'],
    ['Repair the failing invoice export.'],
    ['The dashboard hangs when a user opens the yearly view.'],
    // "Never" before a verb with its -s tells what the product does, as "doesn't" does: no negated request.
    ['The welcome email never arrives when a user signs up.'],
    ['The password reset link never loads for users on the mobile app.'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('broken things that are not software stay Cowork', () => {
  it.each([
    ['Repair the broken chair in the meeting room.'],
    ['The printer in the hallway is broken; email facilities.'],
    ['My flight was cancelled, find me another one.'],
    ['The vendor\'s invoice has the wrong total; ask them to correct it.'],
    ['The client says the delivery failed; write them an apology.'],
    ['Fix the typos in the newsletter.'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});

describe('a fault whose product is an office file', () => {
  it('the rule layer calls mending the software that makes it code work', () => {
    const decision = decideByRules('Repair the broken invoice PDF generator.');
    expect(decision.surface).toBe('code');
    expect(decision.reasons.map((reason) => reason.rule)).toContain('code.code-or-infra');
  });
});
