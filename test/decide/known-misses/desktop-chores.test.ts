/**
 * Chores done by hand on a desktop: files and folders moved, zipped, sorted or hidden in the
 * user's own folders or the file manager; an app named by what it is (the clock app, a media
 * player, the calculator); the system's or the browser's settings. The learned model reads
 * their file words the way shell tasks use them ("sort the files by date", "remove the empty
 * folders"), so held out it pulled them to Code. With clear desktop words and no clear technical
 * term, the model and faint technical words may lean the call to Cowork only. One clear technical
 * term (the current directory, recursively, a path, a command, an editor for code) hands the call
 * back to them: the same chores asked of a shell stay Code.
 * Each phrasing is checked with the rules alone, with the shipped model, and with a model made
 * to say Code for everything (what a model that never saw such chores may do).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, loadLearnedModel } from '../../../src/index.js';
import { blendLogit, desktopChore } from '../../../src/decide/learned.js';
import type { RuleView } from '../../../src/decide/learned.js';
import { decideText, expectBothWays } from '../helpers.js';

const shipped = loadLearnedModel();
/** The shipped model with its bias pushed far to Code: every text reads as code work to it. */
const codeMinded = createEngine({ learned: { ...shipped, bias: shipped.bias + 8 } });

describe('desktop chores are Cowork whatever the model leans to', () => {
  it.each([
    ['Sort everything in my Downloads folder by date modified.'],
    ['Move the folder called Taxes 2023 from the Desktop into Documents.'],
    ['Zip up the whole "Holiday" folder on my Desktop.'],
    ['Delete the empty folders inside my Pictures folder.'],
    ['Make the file notes.txt in Documents hidden.'],
    ['In File Explorer, switch the view to large icons.'],
    ['Show file extensions and hidden items in the file manager.'],
    ['Set a timer for twenty minutes in the clock app.'],
    ['Add Lisbon to the world clocks.'],
    ['Open Notepad and type a shopping list, then save it to the Desktop.'],
    ['Use the calculator app to work out 15% of 240.'],
    ['Turn on night light from 9 PM to 6 AM.'],
    ['Switch off notifications while I present.'],
    ['Change the time zone to Tokyo time.'],
    ['Make the media player loop the current song.'],
    ['Set the default browser to Firefox.'],
    ['Right click the recycle bin and empty it.'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
    expect(codeMinded.decide({ text }).surface).toBe('cowork');
  });
});

describe('the same chores asked of a shell stay Code', () => {
  it.each([
    ['Find every .log file under the current directory and delete it.'],
    ['Recursively sort the files in this directory by modification time.'],
    ['Zip all files in /var/backups older than a week.'],
    ['Remove the empty directories under ~/projects recursively.'],
    ['Use the terminal to list the hidden files in my home directory.'],
    ['chmod 600 every file in the Downloads folder.'],
    ['Set the permissions of every file in my Documents folder to 644.'],
    ['Turn on format on save in VS Code.'],
    ['Write a bash script that moves my Desktop screenshots into a dated folder.'],
  ])('%s', (text) => {
    expect(decideText(text).surface).toBe('code');
    expect(codeMinded.decide({ text }).surface).toBe('code');
  });
});

describe('building a GUI is code work, whatever desktop words it names', () => {
  it.each([
    ['Add a click handler to the Save button that writes the export to the Downloads folder.'],
    ['The right-click menu in our Vue file tree component stays open after a scroll.'],
    ['Show a notification from the keyboard listener when the shortcut is pressed.'],
    ['The settings screen of our app crashes when the time zone is blank.'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

const view = (desktop: number, code: number, codeWork = false): RuleView => ({ code, cowork: 1, codeWork, desktop });

describe('desktopChore: clear desktop words and no clear technical term', () => {
  it.each([
    { rules: view(1, 0), chore: true },
    { rules: view(2.3, 0.9), chore: true },
    { rules: view(0.9, 0), chore: false },
    { rules: view(1, 1), chore: false },
    { rules: view(3, 2.4, true), chore: false },
    { rules: view(0, 0), chore: false },
  ])('desktop $rules.desktop, code $rules.code → $chore', ({ rules, chore }) => {
    expect(desktopChore(rules)).toBe(chore);
  });
});

describe('blendLogit in a desktop chore', () => {
  const blend = { bias: -0.3, learned: 0.4, code: 2.7, cowork: -1.3, codeWork: 1.9 };

  it.each([
    { learned: 9, expected: blendLogit(blend, 0, view(1, 0)) },
    { learned: 0.5, expected: blendLogit(blend, 0, view(1, 0)) },
  ])('a model leaning to Code ($learned) counts for nothing', ({ learned, expected }) => {
    expect(blendLogit(blend, learned, view(1, 0.6))).toBeCloseTo(expected, 12);
  });

  it('a model leaning to Cowork still counts', () => {
    expect(blendLogit(blend, -4, view(1, 0))).toBeCloseTo(blendLogit(blend, 0, view(1, 0)) - 1.6, 12);
  });

  it('faint technical words count for nothing, as they would with one clear term', () => {
    expect(blendLogit(blend, 0, view(1, 0.9))).toBeCloseTo(blendLogit(blend, 0, view(1, 0)), 12);
    expect(blendLogit(blend, 0, view(1, 1))).toBeGreaterThan(blendLogit(blend, 0, view(1, 0)) + 1.5);
  });

  it('without desktop words the model has its full say', () => {
    expect(blendLogit(blend, 9, view(0, 0.6))).toBeCloseTo(blendLogit(blend, 0, view(0, 0.6)) + 3.6, 12);
  });
});
