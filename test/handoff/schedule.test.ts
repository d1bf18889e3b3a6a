/**
 * Clock schedules: each common form becomes a UTC cron that means what the task said, checked by
 * expanding the cron with cron-parser and reading every run back in the task's own zone.
 */
import { CronExpressionParser } from 'cron-parser';
import { describe, expect, it } from 'vitest';
import { toUtcCron, scheduleInWords } from '../../src/handoff/cron.js';
import { findSchedule } from '../../src/handoff/schedule.js';
import { parseDay } from '../../src/handoff/time-zone.js';

const REFERENCE = new Date(Date.UTC(2026, 11, 1, 12));

/** The next runs of a UTC cron after a date, as wall-clock times in a zone. */
function runsIn(cron: string, timeZone: string, from: string, count: number): { weekday: string; day: number; time: string }[] {
  const expression = CronExpressionParser.parse(cron, { currentDate: new Date(from), tz: 'UTC' });
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return expression.take(count).map((run) => {
    const parts = Object.fromEntries(format.formatToParts(run.toDate()).map((part) => [part.type, part.value]));
    return { weekday: parts['weekday'] ?? '', day: Number(parts['day']), time: `${parts['hour']}:${parts['minute']}` };
  });
}

function cronFor(text: string, timeZone = 'UTC', date = '2026-12-01'): { cron: string; words: string } {
  const schedule = findSchedule(text, REFERENCE);
  if (!schedule) throw new Error(`no schedule found in ${JSON.stringify(text)}`);
  const day = parseDay(date);
  if (!day) throw new Error(date);
  return { cron: toUtcCron(schedule, timeZone, day).cron, words: scheduleInWords(schedule) };
}

describe('schedule forms → cron in UTC', () => {
  it.each([
    ['Every weekday at 7am, run the smoke tests', '0 7 * * 1-5', 'every weekday at 07:00'],
    ['Run the backup every Monday at 9', '0 9 * * 1', 'every Monday at 09:00'],
    ['every Monday and Thursday at 6:30pm, rebuild the index', '30 18 * * 1,4', 'every Monday and Thursday at 18:30'],
    ['Rebuild the search index nightly', '0 2 * * *', 'every day at 02:00'],
    ['nightly at 3:15am, vacuum the database', '15 3 * * *', 'every day at 03:15'],
    ['Check the queue hourly', '0 * * * *', 'every hour'],
    ['every 2 hours, sync the mirrors', '0 */2 * * *', 'every 2 hours'],
    ['On the 1st of each month, rotate the keys', '0 9 1 * *', 'on the 1st of each month at 09:00'],
    ['on the 15th of every month at 8am, bill the customers', '0 8 15 * *', 'on the 15th of each month at 08:00'],
    ['Every 15 minutes, poll the status endpoint', '*/15 * * * *', 'every 15 minutes'],
    ['every minute, ping the server', '*/5 * * * *', 'every minute'],
    ['Each day at noon, post the build status', '0 12 * * *', 'every day at 12:00'],
    ['On Fridays at 5pm, tag a release', '0 17 * * 5', 'every Friday at 17:00'],
    ['Run it on weekends at 10', '0 10 * * 0,6', 'every Saturday and Sunday at 10:00'],
    ['weekly, prune the stale branches', '0 9 * * 1', 'every Monday at 09:00'],
  ])('%j → %s (%s)', (text, cron, words) => {
    expect(cronFor(text)).toEqual({ cron, words });
  });

  it.each(['Fix the login bug', 'Schedule 1:1s with my reports', 'Deploy the hotfix now'])('finds no schedule in %j', (text) => {
    expect(findSchedule(text, REFERENCE)).toBeUndefined();
  });
});

describe('each cron means what the task said, every run read back in the task zone', () => {
  it.each([
    ['every weekday at 7am', 'Europe/Berlin', '2026-12-01', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], '07:00'],
    ['every weekday at 7am', 'Asia/Tokyo', '2026-12-01', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], '07:00'],
    ['every weekday at 7am', 'America/Los_Angeles', '2026-12-01', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], '07:00'],
    ['every Monday at 9', 'America/New_York', '2026-12-01', ['Mon'], '09:00'],
    ['every Monday at 9', 'Asia/Kolkata', '2026-12-01', ['Mon'], '09:00'],
    ['nightly', 'Australia/Sydney', '2026-12-01', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], '02:00'],
    ['every Sunday at 11pm', 'America/Chicago', '2026-12-01', ['Sun'], '23:00'],
  ])('%j in %s (taken on %s)', (text, timeZone, date, weekdays, time) => {
    const { cron } = cronFor(text, timeZone, date);
    // The weeks after the date, while the offset holds (no summer-time change in December for these zones).
    const runs = runsIn(cron, timeZone, `${date}T00:00:00Z`, weekdays.length * 2);
    expect(new Set(runs.map((run) => run.weekday))).toEqual(new Set(weekdays));
    expect(new Set(runs.map((run) => run.time))).toEqual(new Set([time]));
  });

  it('"on the 1st of each month" runs on the 1st, at the time asked', () => {
    const runs = runsIn(cronFor('on the 1st of each month at 8am', 'Europe/Berlin').cron, 'Europe/Berlin', '2026-12-02T00:00:00Z', 3);
    expect(runs.map((run) => [run.day, run.time])).toEqual([[1, '08:00'], [1, '08:00'], [1, '08:00']]);
  });

  it('"every 15 minutes" runs four times an hour on the quarter hours', () => {
    const runs = runsIn(cronFor('every 15 minutes').cron, 'UTC', '2026-12-01T10:00:00Z', 4);
    expect(runs.map((run) => run.time)).toEqual(['10:15', '10:30', '10:45', '11:00']);
  });

  it('"hourly" runs once an hour, on the hour', () => {
    const runs = runsIn(cronFor('hourly').cron, 'UTC', '2026-12-01T10:00:00Z', 3);
    expect(runs.map((run) => run.time)).toEqual(['11:00', '12:00', '13:00']);
  });
});

describe('time zones', () => {
  it.each([
    ['every weekday at 7am', 'Europe/Berlin', '2026-12-01', '0 6 * * 1-5'],
    ['every weekday at 7am', 'Europe/Berlin', '2026-07-01', '0 5 * * 1-5'],
    ['every weekday at 7am', 'Asia/Tokyo', '2026-12-01', '0 22 * * 0-4'],
    ['every weekday at 7am', 'America/New_York', '2026-12-01', '0 12 * * 1-5'],
    ['every Monday at 9', 'Asia/Kolkata', '2026-12-01', '30 3 * * 1'],
    ['every Monday at 9am EST', 'Europe/Berlin', '2026-12-01', '0 14 * * 1'],
    ['every Monday at 9am UTC', 'Asia/Tokyo', '2026-12-01', '0 9 * * 1'],
    ['on the 1st of each month at 00:30', 'Europe/Berlin', '2026-12-01', '30 23 1 * *'],
  ])('%j in %s on %s → %s', (text, timeZone, date, cron) => {
    expect(cronFor(text, timeZone, date).cron).toBe(cron);
  });

  it('says so when cron cannot keep the day (the 1st at 00:30 in Berlin is the last day of the month in UTC)', () => {
    const schedule = findSchedule('on the 1st of each month at 00:30', REFERENCE);
    const day = parseDay('2026-12-01');
    if (!schedule || !day) throw new Error('setup');
    expect(toUtcCron(schedule, 'Europe/Berlin', day).notes.join(' ')).toMatch(/last day of the month/);
  });
});
