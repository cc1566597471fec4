const MONTHS: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
};

/** `+0000` → `+00:00`. */
function offsetWithColon(offset: string): string {
  return `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** Unix seconds (Facebook, Instagram) → ISO 8601 in UTC. */
export function fromEpochSeconds(seconds: unknown): string | undefined {
  const value = typeof seconds === 'string' ? Number(seconds) : seconds;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Normalizes the date forms archives use to ISO 8601 with an offset:
 * X `Thu Apr 23 15:56:28 +0000 2015`, Grailbird `2013-11-28 13:37:46 +0000`,
 * LinkedIn `2025-07-01 14:33:22` (no zone: LinkedIn writes UTC), and ISO itself.
 * Returns undefined for anything else rather than guessing.
 */
export function normalizeDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const twitter = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{4}) (\d{4})$/.exec(text);
  if (twitter) {
    const [, month, day, time, offset, year] = twitter as unknown as string[];
    const monthNumber = MONTHS[month ?? ''];
    return monthNumber ? `${year}-${monthNumber}-${day}T${time}${offsetWithColon(offset ?? '')}` : undefined;
  }
  const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?: ?([+-]\d{2}:?\d{2}|Z|UTC))?$/.exec(text);
  if (spaced) {
    const [, date, time, zone] = spaced as unknown as [string, string, string, string | undefined];
    if (!zone || zone === 'Z' || zone === 'UTC') return `${date}T${time}Z`;
    return `${date}T${time}${zone.includes(':') ? zone : offsetWithColon(zone)}`;
  }
  const parsed = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(parsed)) {
    return /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : new Date(parsed).toISOString();
  }
  return undefined;
}
