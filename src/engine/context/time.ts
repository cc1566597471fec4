/** Milliseconds since the epoch for an ISO date or timestamp; a bare date is its first instant (UTC). */
export function parseInstant(value: string): number | undefined {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const DAY = 86_400_000;

/**
 * Whether `now` falls before the end of `until`. A bare date (`2026-12-31`) is valid through that
 * whole day anywhere in the world, so it is compared with a day's grace.
 */
export function notExpired(until: string | undefined, now: number | undefined): boolean {
  if (until === undefined || now === undefined) return true;
  const end = parseInstant(until);
  if (end === undefined) return false;
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? now < end + DAY + 14 * 3_600_000 : now <= end;
}

/** Whether `now` is on or after `from` (a bare date starts at the earliest time zone's midnight). */
export function hasStarted(from: string | undefined, now: number | undefined): boolean {
  if (from === undefined || now === undefined) return true;
  const start = parseInstant(from);
  if (start === undefined) return false;
  return /^\d{4}-\d{2}-\d{2}$/.test(from) ? now >= start - 14 * 3_600_000 : now >= start;
}
