import type { Kysely } from 'kysely';
import { preparedQuery } from '../prepared.js';
import type { Database, RateLimitTable } from '../schema.js';

/** Hits to add to a key's window, or (as returned) the key's count in its current window. */
export interface RateLimitCount {
  readonly key: string;
  /** ISO text, aligned to the window's length so that every instance computes the same one. */
  readonly windowStart: string;
  readonly hits: number;
}

/** Run for every batch of rate-limited requests: built once (see prepared.ts). */
const addQuery = preparedQuery((db, a: { rows: readonly RateLimitTable[] }) => db.insertInto('rate_limits')
  .values([...a.rows])
  .onConflict((oc) => oc.column('key').doUpdateSet((eb) => {
    const newer = eb(eb.ref('excluded.window_start'), '>', eb.ref('rate_limits.window_start'));
    return {
      hits: eb.case().when(newer).then(eb.ref('excluded.hits')).else(eb('rate_limits.hits', '+', eb.ref('excluded.hits'))).end(),
      window_start: eb.case().when(newer).then(eb.ref('excluded.window_start')).else(eb.ref('rate_limits.window_start')).end(),
    };
  }))
  .returning(['key', 'window_start', 'hits']));

/** Fixed-window request counters shared by every instance. */
export function rateLimitsRepository(db: Kysely<Database>) {
  return {
    /**
     * Adds hits to each key (keys distinct), in one statement: a key whose stored window is
     * older starts again from these hits; the same window (or, from an instance whose clock
     * lags, an older one) adds to the count. Returns every key's count and window after it.
     */
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
