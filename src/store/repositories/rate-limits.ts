import { sql, type Kysely } from 'kysely';
import { preparedQuery } from '../prepared.js';
import type { Database, RateLimitTable } from '../schema.js';

/** Hits to add to a key's window, or (as returned) the key's count in its current window. */
export interface RateLimitCount {
  readonly key: string;
  /** ISO text, aligned to the window's length so that every instance computes the same one. */
  readonly windowStart: string;
  readonly hits: number;
}

/**
 * What hits added to a key already counted do, in SQL (SQLite and PostgreSQL alike): a key whose
 * stored window is older starts again from these hits; the same window (or, from an instance whose
 * clock lags, an older one) adds to the count. The one rule for every statement that counts hits:
 * `add` below, and the PostgreSQL token look-up that counts a check's hit as it reads the token.
 */
export const RATE_LIMIT_ON_CONFLICT = {
  hits: 'case when excluded.window_start > rate_limits.window_start then excluded.hits else rate_limits.hits + excluded.hits end',
  windowStart: 'case when excluded.window_start > rate_limits.window_start then excluded.window_start else rate_limits.window_start end',
} as const;

/** Run for every batch of rate-limited requests: built once (see prepared.ts). */
const addQuery = preparedQuery((db, a: { rows: readonly RateLimitTable[] }) => db.insertInto('rate_limits')
  .values([...a.rows])
  .onConflict((oc) => oc.column('key').doUpdateSet({
    hits: sql.raw<number>(RATE_LIMIT_ON_CONFLICT.hits),
    window_start: sql.raw<string>(RATE_LIMIT_ON_CONFLICT.windowStart),
  }))
  .returning(['key', 'window_start', 'hits']));

/** Fixed-window request counters shared by every instance. */
export function rateLimitsRepository(db: Kysely<Database>) {
  return {
    /** Adds hits to each key (keys distinct) in one statement (`RATE_LIMIT_ON_CONFLICT`); returns every key's count and window after it. */
    async add(counts: readonly RateLimitCount[]): Promise<RateLimitCount[]> {
      if (counts.length === 0) return [];
      const { rows } = await addQuery.run(db, { rows: counts.map((c) => ({ key: c.key, window_start: c.windowStart, hits: c.hits })) });
      return rows.map((r) => ({ key: r.key, windowStart: r.window_start, hits: Number(r.hits) }));
    },
    /** Forgets counters whose window began before `cutoff` (they count for nothing any more). */
    async removeStartedBefore(cutoff: string): Promise<void> {
      await db.deleteFrom('rate_limits').where('window_start', '<', cutoff).execute();
    },
  };
}
export type RateLimitsRepository = ReturnType<typeof rateLimitsRepository>;
