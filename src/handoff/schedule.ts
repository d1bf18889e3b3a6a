/**
 * Clock schedules in a task's words: "every weekday at 7am", "every Monday at 9", "nightly",
 * "hourly", "on the 1st of each month", "every 15 minutes". Recurrence is matched here from a
 * table; the time of day (and a zone the task names, "9am EST") is read by chrono-node.
 */
import { chrono } from './libraries.js';

/** Days of the week as cron counts them: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Recurrence =
  | { readonly kind: 'interval'; readonly unit: 'minute' | 'hour'; readonly every: number }
  | { readonly kind: 'weekly'; readonly days: readonly Weekday[] }
  | { readonly kind: 'monthly'; readonly dayOfMonth: number };

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  /** True when the task gave no time and the recurrence's usual one was assumed ("nightly" → 02:00). */
  readonly assumed: boolean;
}

export interface Schedule {
  readonly recurrence: Recurrence;
  /** The time of day; absent for intervals. */
  readonly time?: ClockTime;
  /** A zone the task itself names ("9am EST"): its abbreviation and offset from UTC in minutes. */
  readonly statedZone?: { readonly name: string; readonly offset: number };
  /** True when the task gave no day and one was assumed ("weekly" → Monday). */
  readonly dayAssumed: boolean;
  /** Where the schedule is said in the text. */
  readonly span: { readonly start: number; readonly end: number };
}

const DAY_NAMES: Readonly<Record<string, Weekday>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

interface Form {
  readonly pattern: RegExp;
  /** The recurrence a match says, and the time of day it implies when the task gives none. */
  readonly read: (match: RegExpExecArray) => { recurrence: Recurrence; usualTime?: [number, number]; dayAssumed?: boolean } | undefined;
}

const interval = (every: number, unit: 'minute' | 'hour'): { recurrence: Recurrence } => ({ recurrence: { kind: 'interval', unit, every } });
const weekly = (days: readonly Weekday[], usualTime: [number, number] = [9, 0], dayAssumed = false) => ({
  recurrence: { kind: 'weekly', days } as Recurrence,
  usualTime,
  dayAssumed,
});
const monthly = (dayOfMonth: number, dayAssumed = false) => ({ recurrence: { kind: 'monthly', dayOfMonth } as Recurrence, usualTime: [9, 0] as [number, number], dayAssumed });

/** The time a "daily" word implies: mornings at nine, evenings at six, nights at two. */
function dailyTime(word: string): [number, number] {
  if (/night/i.test(word)) return [2, 0];
  if (/evening/i.test(word)) return [18, 0];
  if (/afternoon/i.test(word)) return [14, 0];
  return [9, 0];
}

/** Recurrence forms, most specific first: the first form that matches decides. */
const FORMS: readonly Form[] = [
  {
    pattern: /\bevery\s+(\d{1,3}|a|an|one|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|half(?:\s+an)?)\s*(minutes?|mins?|hours?|hrs?)\b/gi,
    read: (match) => {
      const amount = (match[1] ?? '').toLowerCase();
      const unit = /^h/i.test(match[2] ?? '') ? 'hour' : 'minute';
      if (amount.startsWith('half')) return unit === 'hour' ? interval(30, 'minute') : undefined;
      const every = NUMBER_WORDS[amount] ?? Number(amount);
      return every > 0 ? interval(every, unit) : undefined;
    },
  },
  { pattern: /\bevery\s+minute\b/gi, read: () => interval(1, 'minute') },
  { pattern: /\b(?:every\s+hour|hourly|once\s+an\s+hour)\b/gi, read: () => interval(1, 'hour') },
  {
    pattern: /\b(?:(?:every|each|on)\s+(?:week\s?day|business\s+day|working\s+day|work\s?day)s?|weekdays|monday\s+(?:to|through|thru|-|–)\s+friday|mon\s*(?:-|–|to)\s*fri)\b/gi,
    read: () => weekly(WEEKDAYS),
  },
  { pattern: /\b(?:(?:every|each|on)\s+weekends?|weekends)\b/gi, read: () => weekly([6, 0]) },
  {
    // "every Monday", "on Mondays and Thursdays", "each Mon, Wed & Fri"; a bare plural ("Mondays") too, full names only.
    pattern: /\b(?:every|each|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)s?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs)?|fri|sat|sun)s?)*\b|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/gi,
    read: (match) => {
      const days = [...match[0].toLowerCase().matchAll(/[a-z]+/g)]
        .map((word) => DAY_NAMES[word[0].replace(/s$/, '')] ?? DAY_NAMES[word[0]])
        .filter((day): day is Weekday => day !== undefined);
      return days.length > 0 ? weekly([...new Set(days)].sort()) : undefined;
    },
  },
  {
    pattern: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:each|every|the)\s+month\b|\b(?:every|each)\s+month\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b|\bmonthly\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)?\b/gi,
    read: (match) => {
      const day = Number(match[1] ?? match[2] ?? match[3]);
      return day >= 1 && day <= 31 ? monthly(day) : undefined;
    },
  },
  { pattern: /\b(?:on\s+)?the\s+first\s+(?:day\s+)?of\s+(?:each|every|the)\s+month\b/gi, read: () => monthly(1) },
  { pattern: /\b(?:monthly|every\s+month|once\s+a\s+month)\b/gi, read: () => monthly(1, true) },
  {
    pattern: /\b(?:(?:every|each)\s+(?:day|morning|evening|night|afternoon)|daily|nightly|once\s+a\s+day|every\s+24\s+hours)\b/gi,
    read: (match) => weekly(EVERY_DAY, dailyTime(match[0])),
  },
  { pattern: /\b(?:weekly|every\s+week|once\s+a\s+week)\b/gi, read: () => weekly([1], [9, 0], true) },
];

/** How far either side of the recurrence words a time of day is looked for. */
const TIME_WINDOW = 120;

/** The sentence around a span, at most a window either side: times of day are looked for there only. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < TIME_WINDOW && !/[.;!?\n]/.test(text[from - 1] as string)) from -= 1;
  let to = end;
  while (to < text.length && to - end < TIME_WINDOW && !/[;!?\n]/.test(text[to] as string) && !(text[to] === '.' && /\s|$/.test(text[to + 1] ?? ''))) to += 1;
  return { from, to };
}

interface TimeFound {
  readonly time: ClockTime;
  readonly statedZone?: { readonly name: string; readonly offset: number };
  readonly start: number;
  readonly end: number;
}

/** The time of day nearest the recurrence words, in the same sentence, as chrono reads it. */
function timeNear(text: string, start: number, end: number, referenceDay: Date): TimeFound | undefined {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  let best: TimeFound | undefined;
  let bestDistance = Infinity;
  for (const result of chrono().parse(sentence, referenceDay)) {
    if (!result.start.isCertain('hour')) continue;
    const resultStart = from + result.index;
    const resultEnd = resultStart + result.text.length;
    const distance = resultStart >= end ? resultStart - end : resultEnd <= start ? start - resultEnd : 0;
    if (distance >= bestDistance) continue;
    const offset = result.start.isCertain('timezoneOffset') ? result.start.get('timezoneOffset') : null;
    const zoneName = /[A-Z][A-Za-z]{1,4}$/.exec(result.text)?.[0];
    bestDistance = distance;
    best = {
      time: { hour: result.start.get('hour') ?? 0, minute: result.start.get('minute') ?? 0, assumed: false },
      ...(offset !== null && { statedZone: { name: zoneName ?? 'the zone it names', offset } }),
      start: resultStart,
      end: resultEnd,
    };
  }
  return best;
}

/**
 * The clock schedule a text states, or undefined when it states none.
 * @example findSchedule('Every weekday at 7am, run the smoke tests', new Date(0))?.recurrence
 * // { kind: 'weekly', days: [1, 2, 3, 4, 5] }
 */
export function findSchedule(text: string, referenceDay: Date): Schedule | undefined {
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let match = form.pattern.exec(text); match; match = form.pattern.exec(text)) {
      const read = form.read(match);
      if (!read) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (read.recurrence.kind === 'interval') return { recurrence: read.recurrence, dayAssumed: false, span: { start, end } };
      const found = timeNear(text, start, end, referenceDay);
      const [hour, minute] = read.usualTime ?? [9, 0];
      return {
        recurrence: read.recurrence,
        time: found?.time ?? { hour, minute, assumed: true },
        ...(found?.statedZone && { statedZone: found.statedZone }),
        dayAssumed: read.dayAssumed ?? false,
        span: found ? { start: Math.min(start, found.start), end: Math.max(end, found.end) } : { start, end },
      };
    }
  }
  return undefined;
}
