/** Small text helpers the step writers share: clean task words, sentences, lists, names. */

/** Control characters a prompt or file must not carry (tab and newline stay). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The task's words on one line: control and direction-override characters dropped, runs of
 * whitespace (newlines included) made one space.
 * @example oneLine('Fix\n  the build\u0007') // 'Fix the build'
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * The text without the given characters at its end: one pass from the end, where a pattern
 * anchored at `$` would retry from every position of a long run.
 * @example stripEnd('Fix it,, ', ', ') // 'Fix it'
 */
export function stripEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && (characters.includes(text.charAt(end - 1)) || (characters.includes(' ') && /\s/.test(text.charAt(end - 1))))) end -= 1;
  return text.slice(0, end);
}

/** Words a short name must not end on. */
const DANGLING = new Set(['and', 'or', 'then', 'to', 'the', 'a', 'of', 'for', 'with', 'in', 'on']);

/** A sentence as written, with a capital first letter and a full stop at the end. */
export function asSentence(text: string): string {
  const line = stripEnd(oneLine(text), ',;: ');
  if (line === '') return line;
  const capital = line.charAt(0).toUpperCase() + line.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * "a, b and c".
 * @example listInWords(['Slack', 'HubSpot', 'Gmail']) // 'Slack, HubSpot and Gmail'
 */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Words that carry no meaning in a name. */
const FILLER = new Set(['a', 'an', 'the', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'with', 'from', 'into', 'then', 'please', 'our', 'my', 'all', 'it', 'at', 'by', 'that', 'this', 'every', 'each']);

/**
 * A file-name slug from a task's first few meaningful words.
 * @example slug('Fix the flaky checkout test!') // 'fix-flaky-checkout-test'
 */
export function slug(text: string, words = 5): string {
  const kept = oneLine(text)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter((word) => word !== '' && !FILLER.has(word))
    .slice(0, words);
  return kept.length > 0 ? kept.join('-') : 'task';
}

/**
 * A short name from a task's words: the first few, as a title would start.
 * @example shortName("pull last week's deals from HubSpot and post a summary") // "Pull last week's deals from HubSpot"
 */
export function shortName(text: string, words = 6): string {
  const line = stripEnd(oneLine(text).replace(/^[\s,;:.-]+/, ''), '.,;:!?');
  const kept = line.split(' ').slice(0, words).map((word) => stripEnd(word, ',;:'));
  while (kept.length > 1 && DANGLING.has((kept[kept.length - 1] ?? '').toLowerCase())) kept.pop();
  const cut = kept.join(' ');
  return cut === '' ? 'Task' : cut.charAt(0).toUpperCase() + cut.slice(1);
}

/** The first sentence of a text, and what follows it. */
export function firstSentence(text: string): { first: string; rest: string } {
  const line = oneLine(text);
  const end = /[.!?](?=\s+[A-Z"“(])/.exec(line);
  if (!end) return { first: line, rest: '' };
  return { first: line.slice(0, end.index + 1), rest: line.slice(end.index + 1).trim() };
}
