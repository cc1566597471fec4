import { describe, expect, it } from 'vitest';
import { randomBytesFromPool } from '../../src/crypto/random-pool.js';

describe('random bytes from the pool', () => {
  it('never hands out the same bytes twice, across refills (GCM must never reuse an IV)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3_000; i++) {
      const iv = randomBytesFromPool(12);
      expect(iv).toHaveLength(12);
      seen.add(iv.toString('hex'));
    }
    expect(seen.size).toBe(3_000);
  });

  it('gives each caller a buffer of its own, which a later draw does not change', () => {
    const first = randomBytesFromPool(16);
    const copy = Buffer.from(first);
    for (let i = 0; i < 1_000; i++) randomBytesFromPool(16);
    expect(first.equals(copy)).toBe(true);
  });

  it('refuses more than the pool holds rather than repeating bytes', () => {
    expect(() => randomBytesFromPool(10_000)).toThrow(RangeError);
  });
});
