/** Small, pure date helpers: every record stores instants as ISO-8601 strings in UTC. */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The instant as an ISO-8601 UTC string. */
export function iso(at: Date): string {
  return at.toISOString();
}

/** `at` plus a number of hours. */
export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * HOUR_MS);
}

/** `at` plus a number of days. */
export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** `at` plus calendar months, clamped to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * Parses a stored date or timestamp. A bare calendar date (`2027-01-01`) means the whole day,
 * so as an end of validity it lasts until the end of that day in UTC.
 */
export function parseInstant(value: string, asEndOfDay = false): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T${asEndOfDay ? '23:59:59.999' : '00:00:00.000'}Z`);
  }
  return new Date(value);
}

/** Whether a validity that ends at `until` (date or timestamp) has lapsed at `now`. */
export function hasLapsed(until: string | undefined, now: Date): boolean {
  return until !== undefined && parseInstant(until, true).getTime() < now.getTime();
}
