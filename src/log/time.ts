/** Dates and times as the log stores them: ISO 8601 in UTC. */

/**
 * A date (midnight UTC) or an ISO time, as the store's ISO form; null when it names no real moment.
 * @example toIsoTime('2026-11-30') // '2026-11-30T00:00:00.000Z'
 */
export function toIsoTime(value: string): string | null {
  const time = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time.getTime())) return null;
  const iso = time.toISOString();
  // Date rolls 2026-02-31 over to March; a date that rolled over is not a real date.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && iso.slice(0, 10) !== value ? null : iso;
}
