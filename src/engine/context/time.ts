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

/** The UTC offset, in milliseconds, a timestamp is written in (`-05:00` gives -18,000,000; `Z` gives 0); undefined when it names none. */
export function utcOffsetOf(stamp: string | undefined): number | undefined {
  if (stamp === undefined) return undefined;
  const m = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(stamp.trim());
  if (!m) return undefined;
  if (m[1] === 'Z') return 0;
  const ms = (Number(m[3]) * 60 + Number(m[4])) * 60_000;
  return m[2] === '-' ? -ms : ms;
}

/**
 * Whether `now` is on or after `from`. A bare date starts at local midnight when the local UTC
 * offset is known (the offset `now` was written in: a grant "from 2026-11-24" has not started at
 * 16:10 on the 23rd in Ontario); otherwise at the earliest time zone's midnight.
 */
export function hasStarted(from: string | undefined, now: number | undefined, localOffsetMs?: number): boolean {
  if (from === undefined || now === undefined) return true;
  const start = parseInstant(from);
  if (start === undefined) return false;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return now >= start;
  return localOffsetMs === undefined ? now >= start - 14 * 3_600_000 : now >= start - localOffsetMs;
}
