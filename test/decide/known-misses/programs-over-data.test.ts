/**
 * A request for a program that mentions files or data is a request for the program: the data is
 * what it reads. Programming questions about lists, strings and database tables are code work too;
 * asking for the answer itself, or for office work on the file, is not.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, it } from 'vitest';
import { expectBothWays } from '../helpers.js';

describe('the program is the work', () => {
  it.each([
    ['Read the CSV file and compute the average price per region.'],
    ['Load the JSON file and print the names of everyone older than 30.'],
    ['Parse the log file and count the requests from each country.'],
    ['Read a text file and count how often each word appears.'],
    ['Write a function that takes a list of words and returns the longest one.'],
    ['Define a function that converts Celsius to Fahrenheit.'],
    ['Implement a class Stack with push, pop and peek.'],
    ['Implement a class for a bank account with deposit and withdraw methods.'],
    ['Given a string, return true if it reads the same backwards.'],
    ['Train a model on the housing data to predict sale prices and write the predictions for the test file.'],
    ['Build a classifier that predicts from the training data whether a loan is repaid.'],
    ['Convert a list of strings to integers.'],
    ['Sort a list of tuples by their second element.'],
    ['Remove the duplicate characters in the string.'],
    ['Why does my subquery return more than one row?'],
    ['Call a stored procedure from a select statement.'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('the answer or the office work on the data stays Cowork', () => {
  it.each([
    ['Read the CSV file and tell me the average price per region.'],
    ['Open the spreadsheet and compute the monthly totals in a new column.'],
    ['Read the report and write a summary for the board.'],
    ['Write a letter that explains the new refund policy to customers.'],
    ['Summarise the data in the attached file in three bullet points.'],
    ['Make a list of the items on my to-do list for tomorrow.'],
    ['Write a short story about a dragon.'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});
