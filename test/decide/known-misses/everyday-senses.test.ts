/**
 * Everyday words with a technical sense, used in their everyday one: a bus terminal, a play's
 * script, a dinner-party server, a beach shell, a pipeline of sales deals, a release party. The
 * technical senses still count.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, it } from 'vitest';
import { expectBothWays } from '../helpers.js';

describe('the technical sense still counts', () => {
  it.each([
    ['Open a terminal and list the files.'],
    ['Write a shell script that backs up my notes.'],
    ['Restart the web server.'],
    ['Fix the failing release pipeline.'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('the everyday sense is not code work', () => {
  it.each([
    ['Find the bus terminal closest to the hotel and the first bus in the morning.'],
    ['Book a taxi from the airport terminal to the hotel.'],
    ['Proofread the script of our school play.'],
    ['Write a podcast script about the history of tea.'],
    ['Hire a server for the dinner party on Saturday.'],
    ['Tip the server and split the bill.'],
    ['Make a list of the beach shells the kids found.'],
    ['Write a caption for a photo of a sea shell.'],
    ['Summarise the pipeline of sales deals for the quarterly review.'],
    ['Update the sales pipeline in the CRM.'],
    ['Plan a release party for the new album.'],
    ['Invite the team to the product release party.'],
    ['Plan a birthday bash for my sister.'],
    ['Report the car crash to the insurer.'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});
