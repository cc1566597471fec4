import { randomFillSync } from 'node:crypto';

/**
 * Cryptographically random bytes, drawn from a pool that the CSPRNG refills 8 kB at a time.
 * Every check needs a few (an IV, ids), and each call to the generator has a fixed cost that
 * dwarfs a dozen bytes; bytes handed out are never handed out again.
 */
const POOL_SIZE = 8192;
const pool = Buffer.alloc(POOL_SIZE);
let used = POOL_SIZE;

/** `length` fresh random bytes (at most the pool's size), as a new buffer of its own. */
export function randomBytesFromPool(length: number): Buffer {
  if (length > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} bytes at a time`);
  if (used + length > POOL_SIZE) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = Buffer.from(pool.subarray(used, used + length));
  used += length;
  return bytes;
}
