/**
 * Worst-case shapes of task text for the `adversarial` bench case: each repeats a small unit that
 * once made some pattern or scan of the extractor backtrack or rescan (found by fuzzing and by the
 * ReDoS checker), cut to the wanted length. Ordinary prose of the same length is the baseline.
 */
import { generateTasks } from './generate.js';

export interface Shape {
  readonly name: string;
  /** The text of about `length` characters (UTF-16 code units). */
  readonly make: (length: number) => string;
}

/** `unit` repeated to `length` characters, after an optional lead and before an optional tail. */
function repeated(unit: string, lead = '', tail = ''): (length: number) => string {
  return (length) => {
    const body = Math.max(0, length - lead.length - tail.length);
    return `${lead}${unit.repeat(Math.ceil(body / unit.length)).slice(0, body)}${tail}`;
  };
}

/** A task that splits into a code part and a document part, around a run of white space. */
const SPLIT_LEAD = 'Fix the failing unit tests in the billing service, then write up a summary of the incident in a Google Doc and';
const SPLIT_TAIL = 'email it to the clients.';

export const SHAPES: readonly Shape[] = [
  { name: 'markup, quoted attributes, unclosed', make: repeated(' x="a"', '<a') },
  { name: 'markup, unquoted values', make: repeated(' x=<a', '<a') },
  { name: 'snake_case run', make: repeated('a_') },
  { name: 'camelCase run', make: repeated('aB') },
  { name: 'dotfile run /.env', make: repeated('/.env') },
  { name: 'dotted file names', make: repeated('a.py.') },
  { name: 'link scan a-a-', make: repeated('a-', '/ ') },
  { name: 'e-mail scan a-a-', make: repeated('a-', '@') },
  { name: 'e-mail scan a.-', make: repeated('a.-', '@ ') },
  { name: 'failed e-mails a@', make: repeated('a@') },
  { name: 'relative path, one segment', make: repeated('a-', '', '/b c') },
  { name: 'spaces in a split task', make: repeated(' ', SPLIT_LEAD, SPLIT_TAIL) },
  { name: 'tabs in a split task', make: repeated('\t', SPLIT_LEAD, SPLIT_TAIL) },
  { name: 'non-breaking spaces in a split task', make: repeated('\u00a0', SPLIT_LEAD, SPLIT_TAIL) },
  { name: 'code-host URL run', make: repeated('http://-') },
  { name: 'URL with trailing marks', make: repeated('!', 'see http://a', 'x') },
  { name: 'curly quotes, unclosed', make: repeated('0\u201c\u2018') },
  { name: 'straight quotes, far apart', make: repeated(`"${'a'.repeat(250)}`) },
  { name: 'unclosed code fence', make: repeated('deploy the api ', '```') },
  { name: 'backtick run', make: repeated('`') },
  { name: 'calls a(', make: repeated('a(') },
  { name: 'spreadsheet functions', make: repeated('=SUM(A') },
  { name: 'cell ranges', make: repeated('1:A') },
  { name: 'column lists', make: repeated(', A', 'column A') },
  { name: 'command flags', make: repeated(' -a-a', 'run it') },
  { name: 'long word', make: repeated('A') },
  { name: 'semver run', make: repeated('1.') },
  { name: 'topic then code words', make: repeated(' deploy', 'a post about') },
  { name: 'schedules beside failures', make: repeated(' daily failed') },
  { name: 'quoted code words', make: repeated(' "deploy"') },
  { name: 'masked phrases', make: repeated(' zip code') },
  { name: 'line breaks', make: repeated('\n', 'deploy', 'x') },
  { name: 'zero-width joiners', make: repeated('de\u200bploy ') },
  { name: 'distinct file names', make: (length) => Array.from({ length: Math.ceil(length / 9) }, (_, i) => `f${i}.py`).join(' ').slice(0, length) },
  { name: 'closed code fence around prose', make: repeated('write the doc ', '```', '```') },
  { name: 'fullwidth letters', make: repeated('\uff44\uff45\uff50\uff4c\uff4f\uff59 ') },
];

/** Ordinary task prose of `length` characters: generated tasks joined until long enough. */
export function prose(length: number, seed = 7): string {
  let text = '';
  for (const task of generateTasks(seed, 400)) {
    text += `${task.text} `;
    if (text.length >= length) break;
  }
  return text.slice(0, length);
}
