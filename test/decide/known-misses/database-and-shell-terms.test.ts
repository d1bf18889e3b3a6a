/**
 * General database and shell vocabulary that a one-line question can turn on: a result set, a
 * GUID or UUID, relational algebra, CROSS APPLY, a function named with empty parentheses
 * ("Count()"), a name in CONSTANT_CASE (a constant, an environment variable, an SQL built-in);
 * regular files, execute bits, files searched across the whole machine, files picked by time or
 * size, a Unix by name. The office senses around them (a document's read access, the guide to a
 * style, a form's labels, a formula) stay Cowork.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, it } from 'vitest';
import { expectBothWays } from '../helpers.js';

describe('database and shell terms make a terse request code work', () => {
  it.each([
    // Database questions.
    ['Why is my result set missing the newest orders?'],
    ['Make a GUID the key of the invoices table'],
    ['express this lookup in relational algebra'],
    ['pick the newest row per customer with CROSS APPLY'],
    ['my SQL keeps rounding when I call TO_NUMBER on the total'],
    ['Can MAX() pick the latest date for each customer?'],
    // Shell chores.
    ['which regular files changed since Monday'],
    ['turn on the execute bit for the helper'],
    ['find every file on the system that nobody owns'],
    ['what is the UUID of the second disk'],
    ['where does FreeBSD keep its boot messages'],
    // Files picked by time or size; a faint search phrase leaves a clear term inside it ("current folder") its weight.
    ['find every file more than 300 megabytes'],
    ['find all files that are not newer than March 3 by modification time'],
    ['find all files in current folder that were accessed exactly 5 minutes ago'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('their office and everyday senses stay Cowork', () => {
  it.each([
    ['Read the style guide and list three things to change on the flyer'],
    ['Ask Dana for read access to the board minutes'],
    ['Fill in boxes Q_1 and A_2 on the visa form'],
    ['show the photos larger than 20 MB in the trip album'],
    ['put =NOW() in cell B2'],
    ['list everything in the downloads folder modified yesterday'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});
