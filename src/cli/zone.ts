/** The zone and date the handoff reads clock times with: `--tz`, else a `TZ` naming a zone, else UTC; today's date there. */
import { dayIn } from '../index.js';
import type { HandoffSettings } from '../index.js';

const HOW_TO_CHANGE = 'pass --tz ZONE (e.g. --tz Europe/Berlin) or set TZ';

/** A TZ such as `:/etc/localtime` or `EST5EDT` is not an IANA name the page could name; only a valid zone counts. */
function envZone(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const zone = env['TZ']?.replace(/^:/, '');
  if (zone === undefined || zone === '' || zone.includes('/etc/')) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * @example zoneSettings('Europe/Berlin', {}, new Date('2026-12-01T10:00:00Z')) // { timeZone: 'Europe/Berlin', date: '2026-12-01', ... }
 */
export function zoneSettings(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, now: Date): HandoffSettings {
  const timeZone = flag ?? envZone(env) ?? 'UTC';
  return { timeZone, date: dayIn(timeZone, now), howToChangeZone: HOW_TO_CHANGE };
}
