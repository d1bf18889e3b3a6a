/**
 * A clock schedule as a GitHub Actions cron expression, which GitHub reads in UTC: the task's
 * wall-clock time is moved by its zone's offset on the given day, weekdays and month days with it.
 */
import type { Schedule, Weekday } from './schedule.js';
import type { Day } from './time-zone.js';
import { offsetMinutes } from './time-zone.js';

/** GitHub runs scheduled workflows at most every five minutes. */
export const MIN_INTERVAL_MINUTES = 5;

export interface UtcCron {
  /** Five fields: minute hour day-of-month month day-of-week. */
  readonly cron: string;
  /** Minutes the zone was ahead of UTC for the conversion (0 for UTC). */
  readonly offset: number;
  /** Things the cron cannot say exactly, in words; empty when it says the schedule as asked. */
  readonly notes: readonly string[];
}

const DAY_WORDS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const pad = (value: number): string => String(value).padStart(2, '0');
/** 07:05 */
export const clock = (hour: number, minute: number): string => `${pad(hour)}:${pad(minute)}`;

/** Days as cron writes them: `*`, a range `1-5`, or a list `1,4`. */
function dayField(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return '*';
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const contiguous = sorted.length > 2 && last - first === sorted.length - 1;
  return contiguous ? `${first}-${last}` : sorted.join(',');
}

const ordinal = (day: number): string => {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
};

/** "every weekday", "every Monday and Thursday", "every day". */
function daysInWords(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  if (sorted.join() === '1,2,3,4,5') return 'every weekday';
  if (sorted.join() === '0,6') return 'every Saturday and Sunday';
  const names = sorted.map((day) => DAY_WORDS[day]);
  return `every ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}

/**
 * A schedule in words, in the task's own zone: "every weekday at 07:00".
 * @example scheduleInWords({ recurrence: { kind: 'interval', unit: 'minute', every: 15 }, dayAssumed: false, span }) // 'every 15 minutes'
 */
export function scheduleInWords(schedule: Schedule): string {
  const { recurrence, time } = schedule;
  const at = time ? ` at ${clock(time.hour, time.minute)}` : '';
  switch (recurrence.kind) {
    case 'interval':
      return recurrence.every === 1 ? `every ${recurrence.unit}` : `every ${recurrence.every} ${recurrence.unit}s`;
    case 'weekly':
      return `${daysInWords(recurrence.days)}${at}`;
    case 'monthly':
      return `on the ${ordinal(recurrence.dayOfMonth)} of each month${at}`;
  }
}

/**
 * The UTC cron for a schedule whose times are meant in `timeZone` (or in the zone the task states).
 * @example toUtcCron(everyWeekdayAt7, 'Europe/Berlin', { year: 2026, month: 12, day: 1 }).cron // '0 6 * * 1-5'
 */
export function toUtcCron(schedule: Schedule, timeZone: string, day: Day): UtcCron {
  const { recurrence, time } = schedule;
  if (recurrence.kind === 'interval') {
    if (recurrence.unit === 'hour') {
      return { cron: recurrence.every === 1 ? '0 * * * *' : `0 */${recurrence.every} * * *`, offset: 0, notes: [] };
    }
    const every = Math.max(recurrence.every, MIN_INTERVAL_MINUTES);
    const notes = every !== recurrence.every ? [`GitHub runs scheduled workflows at most every ${MIN_INTERVAL_MINUTES} minutes, so this runs every ${every}.`] : [];
    return { cron: every >= 60 ? '0 * * * *' : `*/${every} * * * *`, offset: 0, notes };
  }
  const hour = time?.hour ?? 9;
  const minute = time?.minute ?? 0;
  const offset = schedule.statedZone?.offset ?? offsetMinutes(timeZone, day, hour, minute);
  const local = hour * 60 + minute - offset;
  const dayShift = Math.floor(local / 1440);
  const utc = ((local % 1440) + 1440) % 1440;
  const [utcHour, utcMinute] = [Math.floor(utc / 60), utc % 60];
  if (recurrence.kind === 'weekly') {
    const days = recurrence.days.map((weekday) => ((((weekday + dayShift) % 7) + 7) % 7) as Weekday);
    return { cron: `${utcMinute} ${utcHour} * * ${dayField(days)}`, offset, notes: [] };
  }
  const shifted = recurrence.dayOfMonth + dayShift;
  if (shifted >= 1 && shifted <= 31) {
    const notes = shifted > 28 ? [`Months without a ${ordinal(shifted)} are skipped.`] : [];
    return { cron: `${utcMinute} ${utcHour} ${shifted} * *`, offset, notes };
  }
  // Cron has no "last day of the month": keep the task's day and say what that means in its zone.
  return {
    cron: `${utcMinute} ${utcHour} ${recurrence.dayOfMonth} * *`,
    offset,
    notes: [
      `Cron cannot say "the last day of the month", so this runs on the ${ordinal(recurrence.dayOfMonth)} at ${clock(utcHour, utcMinute)} UTC, which is ${dayShift < 0 ? 'the next' : 'the previous'} day in your zone.`,
    ],
  };
}
