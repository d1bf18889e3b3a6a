/**
 * Time-zone arithmetic through `Intl` (the zone data ships with Node): is a name a zone, and how far
 * from UTC is it on a given day. Pure: the day is always passed in.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, as the caller passed it. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The canonical spelling of an IANA zone name, or undefined when it is none.
 * @example canonicalTimeZone('europe/berlin') // 'Europe/Berlin'
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (name.trim() === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A YYYY-MM-DD string as a day, or undefined when it is not a real date.
 * @example parseDay('2026-02-30') // undefined
 */
export function parseDay(text: string): Day | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Minutes the zone is ahead of UTC at an instant (Berlin in winter: 60). */
function offsetAt(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * Minutes the zone is ahead of UTC at a wall-clock time on a day (summer time included).
 * @example offsetMinutes('Europe/Berlin', { year: 2026, month: 12, day: 1 }, 7, 0) // 60
 */
export function offsetMinutes(timeZone: string, day: Day, hour: number, minute: number): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  const first = offsetAt(timeZone, wall);
  // Near a change of offset the first guess lands on the other side; one more look settles it.
  return offsetAt(timeZone, wall - first * 60_000);
}

/**
 * An offset in words: `UTC+1`, `UTC-5:30`, `UTC`.
 * @example formatOffset(330) // 'UTC+5:30'
 */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/**
 * The calendar day (YYYY-MM-DD) an instant falls on in a zone; UTC's when the zone is unknown.
 * @example dayIn('Asia/Tokyo', new Date('2026-12-01T20:00:00Z')) // '2026-12-02'
 */
export function dayIn(timeZone: string, instant: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}
