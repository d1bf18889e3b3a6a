/**
 * One-line technical requests that name no language or tool: programming how-to titles about
 * lists, strings and dictionaries, database question titles, and shell chores that pick files by
 * a test. What they work on (a list in general, another table, files older than a date) gives
 * them away. Someone's own lists, a table at a restaurant and spreadsheet work stay Cowork.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, it } from 'vitest';
import { expectBothWays } from '../helpers.js';

describe('terse technical requests are code work', () => {
  it.each([
    // Programming how-to titles.
    ['How do I tell whether a dictionary is empty?'],
    ['pull every third element of an array'],
    ['swap the keys and values in a dictionary'],
    ['Reverse a string without a loop'],
    ['concatenate two lists and keep the order'],
    ['turn a list of dicts into a data frame'],
    ['strip the leading whitespace off a string'],
    ['find out the type of a variable at run time'],
    // Database question titles.
    ['Using DISTINCT and GROUP BY together gives odd counts'],
    ['copy rows from one table into the same table with a new id'],
    ['Why does my query return the parent rows twice?'],
    ['update a column from a related table in one statement'],
    ['many to many lookup between authors and books'],
    // Shell chores.
    ['delete every *.tmp file below the build folder'],
    ['print the size of $logdir in human units'],
    ['list files larger than 50 MB that nobody touched this year'],
    ['show directories modified within the last two days'],
    ['turn off globbing for the current session'],
    ['open the manual page for the copy command'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('the everyday and office senses stay Cowork', () => {
  it.each([
    ['put oat milk and rice on my grocery list'],
    ['take the dentist visit off my to-do list'],
    ['book a table for six at the Italian place on Friday'],
    ['Sort the table on this slide by the revenue column'],
    ['Add a row for March under the last row of the budget sheet'],
    ['Reply to the customer query about the late parcel'],
    ['Cost is $M 4.2 this quarter; write the note to the board'],
    ['Move the holiday photos from Downloads to the Pictures folder'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});
