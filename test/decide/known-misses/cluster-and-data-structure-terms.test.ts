/**
 * Kubernetes object kinds as kubectl spells them (a configmap, a serviceaccount, a cronjob, a
 * liveness probe), the joins and Oracle objects of database questions, arrays of more than one
 * dimension, the parts of a URL a program reads, and membership tests and additions made of
 * any container ("if a string contains", "a key to a dictionary"): each makes a terse request code work. The
 * senses of the same words elsewhere (an image layer in a photo editor, a station named Union,
 * a two-day plan, joining an anti-fraud call) stay Cowork.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, it } from 'vitest';
import { expectBothWays } from '../helpers.js';

describe('cluster, database and data-structure terms make a terse request code work', () => {
  it.each([
    ['Make a configmap named settings from the env file'],
    ['Give the build robot its own serviceaccount'],
    ['Suspend the nightly cronjob until Monday'],
    ['Add a readiness probe that calls the health page'],
    ['Which daemonset keeps restarting on the new node'],
    ['Expose the web deployment on a NodePort'],
    ['Push the container image to our container registry'],
    ['Why does my semi join return every customer twice'],
    ['Oracle insert with a sequence for the order id'],
    ['Turn a 2D array into one flat list'],
    ['Read the query string of the current page'],
    ['Strip the fragment identifier before comparing two links'],
    // Membership tests and additions, as a program makes them of any container.
    ['check whether a string contains only digits'],
    ['test if an item is in a tuple'],
    ['add a key to a dictionary only when it is missing'],
    ['append each parsed row to an array'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('the same words in their other senses stay Cowork', () => {
  it.each([
    ['Move the text layer above the image layer in my poster'],
    ['Book a taxi to Union Station for Friday morning'],
    ['Draft a two-day plan for the team offsite'],
    ['Remind me to join the anti-fraud training call at nine'],
    ['check if the guest list contains Bob'],
    ['append the minutes to the shared notes'],
    ['Write a short story about a village oracle for the school magazine'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});
