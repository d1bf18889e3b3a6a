/**
 * Where a topic starts and stops. Technical words after "about" name what a piece of writing is
 * about and count for less ("a blog post about our move to Kubernetes"), but "about to" means
 * "going to", so what follows it is the work; and a topic ends where the next step begins ("and
 * then", ", then", "afterwards", "after that"), so that step's technical words count in full.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, expect, it } from 'vitest';
import { decideByRules, decideText, expectBothWays } from '../helpers.js';

describe('"about to" is no topic: the work follows it', () => {
  it.each([
    ["I'm about to rebase my feature branch onto main"],
    ['We are about to move the Postgres database to a bigger server'],
    ['about to bump the Node version in the Dockerfile, anything to check first?'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('a topic still makes technical words its subject', () => {
  it.each([
    ['Write a blog post about our move to Kubernetes.'],
    ['Draft a newsletter item about the new Python style rules for the office staff.'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});

describe('a topic ends where the next step begins', () => {
  it.each([
    ['Email the board a summary about the offsite and then restart the Redis server.', 'restart the Redis server'],
    ['Post a note about the holiday rota, then fix the failing unit test in the billing module.', 'fix the failing unit test in the billing module'],
    ['Write the agenda about next week and afterwards rotate the SSH keys on the build box.', 'rotate the SSH keys on the build box'],
  ])('%s', (text, code) => {
    // The rules alone split only where both steps have clear words of their kind; they still count the step in full.
    expect(decideByRules(text).surface).not.toBe('cowork');
    const decision = decideText(text);
    expect(decision.surface).toBe('both');
    expect(decision.parts.find((part) => part.surface === 'code')?.text).toBe(code);
  });
});
