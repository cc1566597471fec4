import { v7 as uuidV7 } from 'uuid';
import { randomBytesFromPool } from '../crypto/random-pool.js';

/** The time, behind an interface so that workflows are tested without sleeping. */
export interface Clock {
  now(): Date;
}

/** Identifier generation, behind an interface so that tests can predict ids. */
export interface Ids {
  uuid(): string;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * Time-ordered UUIDs (version 7: the millisecond, then 74 random bits). New rows land at the end
 * of every index on an id instead of at random pages, so a commit writes a few pages, not one per
 * row; the time they reveal is the row's `created_at`, shown anyway.
 */
export const randomIds: Ids = { uuid: () => uuidV7({ random: randomBytesFromPool(16) }) };

/** A clock that stands still until moved; for tests and the demo. */
export function fixedClock(start: Date | string): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => { t += ms; },
    set: (at) => { t = new Date(at).getTime(); },
  };
}

/** ISO-8601 UTC text, the one timestamp format of the store. */
export function iso(date: Date): string {
  return date.toISOString();
}
