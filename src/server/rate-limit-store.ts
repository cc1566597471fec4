import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { HitTally } from '../app/auth/authenticate.js';
import { iso, type Clock } from '../app/ports.js';
import type { RateLimitCount } from '../store/repositories/rate-limits.js';

/** The shared counters the store keeps its counts in (`store.rateLimits`). */
export interface SharedCounters {
  add(counts: readonly RateLimitCount[]): Promise<RateLimitCount[]>;
  removeStartedBefore(cutoff: string): Promise<void>;
}

/** What `@fastify/rate-limit` expects back from `incr`. */
interface Tally {
  readonly current: number;
  readonly ttl: number;
}

interface Pending {
  readonly windowMs: number;
  readonly waiters: { resolve(tally: Tally): void; reject(error: unknown): void }[];
}

/** Keys per statement: well under the drivers' parameter limits (three parameters a key). */
const CHUNK = 500;
/** How often an instance forgets counters whose window has passed. */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Counts hits in the database, in fixed windows aligned to the window's length (so every
 * instance agrees on the window), batching like the check writer's group commit: the hits of
 * one turn of the event loop (or that arrived while the last upsert ran) go in one upsert, one
 * row per key, and each request gets its own place in the count. A fixed window lets a client
 * burst up to twice the limit across a window boundary, never more.
 */
export function hitBatcher(counters: SharedCounters, clock: Clock, onError: (error: unknown) => void) {
  let pending = new Map<string, Pending>();
  let longestWindowMs = 0;
  let lastSweep = clock.now().getTime();
  let flushing = false;

  /** One batch at a time; hits that arrive meanwhile wait for the next. */
  async function flush(): Promise<void> {
    while (pending.size > 0) {
      const batch = pending;
      pending = new Map();
      await count(batch);
    }
    flushing = false;
  }

  async function count(batch: Map<string, Pending>): Promise<void> {
    const now = clock.now().getTime();
    // Keys in one order everywhere: concurrent upserts (other instances) lock rows in that order, so never deadlock.
    const entries = [...batch].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 0; i < entries.length; i += CHUNK) {
      const chunk = entries.slice(i, i + CHUNK);
      try {
        const counts = chunk.map(([key, p]) => ({ key, windowStart: iso(new Date(now - (now % p.windowMs))), hits: p.waiters.length }));
        const stored = new Map((await counters.add(counts)).map((c) => [c.key, c]));
        for (const [key, p] of chunk) {
          const row = stored.get(key);
          if (!row) throw new Error(`rate limit counter ${key} was not returned`);
          const ttl = Math.max(0, Date.parse(row.windowStart) + p.windowMs - now);
          // This batch's hits are the last ones counted: each request takes its own place.
          p.waiters.forEach((w, n) => w.resolve({ current: row.hits - p.waiters.length + n + 1, ttl }));
        }
      } catch (error) {
        for (const [, p] of chunk) for (const w of p.waiters) w.reject(error);
      }
    }
    if (now - lastSweep >= SWEEP_EVERY_MS) {
      lastSweep = now;
      counters.removeStartedBefore(iso(new Date(now - longestWindowMs))).catch(onError);
    }
  }

  return {
    /** Counts one hit on `key` in its window of `windowMs`; resolves with the count so far. */
    hit(key: string, windowMs: number): Promise<Tally> {
      return new Promise((resolve, reject) => {
        if (!flushing) {
          flushing = true;
          setImmediate(() => void flush());
        }
        longestWindowMs = Math.max(longestWindowMs, windowMs);
        const p = pending.get(key) ?? { windowMs, waiters: [] };
        p.waiters.push({ resolve, reject });
        pending.set(key, p);
      });
    },
  };
}

/** Keys that stand for a hit counted already (`personKey`), each taken once by the store. */
const TICKET = '\u0000counted:';
const counted = new Map<string, HitTally>();
let tickets = 0;
/** Tickets kept at most (one whose request failed between its key and its count would otherwise stay). */
const MAX_TICKETS = 10_000;

/** The key under which a route's limit counts `key` (the store's own scope: method and path). */
export const routeLimitKey = (method: string, url: string, key: string): string => `${method} ${url} ${key}`;

/**
 * The `keyGenerator` of a limit per signed-in person (by IP before sign-in). When the sign-in
 * lookup counted the request's hit already (`request.countedHit`, see `CountedHit`), the key it
 * returns hands that count to the store, which answers with it instead of counting again.
 */
export function personKey(request: FastifyRequest): string {
  const hit = request.countedHit;
  if (!hit) return request.principal?.personId ?? request.ip;
  request.countedHit = undefined;
  const ticket = `${TICKET}${(tickets += 1)}`;
  if (counted.size >= MAX_TICKETS) counted.delete(counted.keys().next().value as string);
  counted.set(ticket, hit);
  return ticket;
}

/**
 * A `@fastify/rate-limit` store over the database: every instance counts in the same rows,
 * so several instances do not multiply the limits. Each route counts apart (its method and
 * path prefix the key).
 */
export function sharedRateLimitStore(counters: SharedCounters, clock: Clock, onError: (error: unknown) => void): FastifyRateLimitStoreCtor {
  const batcher = hitBatcher(counters, clock, onError);
  class SharedRateLimitStore implements FastifyRateLimitStore {
    constructor(_options: unknown, private readonly scope = '') {}

    incr(key: string, callback: (error: Error | null, result?: Tally) => void, timeWindow: number): void {
      const hit = key.startsWith(TICKET) ? counted.get(key) : undefined;
      if (hit) {
        counted.delete(key);
        callback(null, hit);
        return;
      }
      batcher.hit(`${this.scope}${key}`, timeWindow).then((tally) => callback(null, tally), (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)));
      });
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the route's merged limit settings, with the route itself under `routeInfo`.
      const route = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? {};
      return new SharedRateLimitStore(undefined, routeLimitKey(String(route.method), String(route.url), ''));
    }
  }
  return SharedRateLimitStore;
}
