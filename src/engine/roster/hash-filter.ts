/**
 * Hashes of words and a bit set over them, so that a text word can be told "certainly not in
 * this set" from its UTF-16 units, without slicing it into a string or probing a hash map.
 *
 * The hash is polynomial (h = h·B + unit), so the hash of a word with one unit deleted follows
 * from its prefix hashes in O(1): the typo filter tests all one-letter deletions of a word in
 * one pass over it.
 */

export const HASH_BASE = 0x01000193;
const BASE = HASH_BASE;

/** One step of the polynomial hash. */
export function hashStep(hash: number, unit: number): number {
  return (Math.imul(hash, BASE) + unit) | 0;
}

/** The polynomial hash of `text[start..end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/** A bit set with two bits per member: false from `has` means certainly not a member. */
export class HashFilter {
  private readonly words: Int32Array;
  private readonly shift: number;

  /** Sized for `members` hashes at about 16 bits each, between 2^10 and 2^23 bits. */
  constructor(members: number) {
    let bits = 10;
    while (bits < 23 && 1 << bits < members * 16) bits++;
    this.words = new Int32Array(1 << (bits - 5));
    this.shift = 32 - bits;
  }

  add(hash: number): void {
    const mixed = mix(hash);
    this.set(mixed >>> this.shift);
    this.set(Math.imul(mixed, 0x9e3779b1) >>> this.shift);
  }

  has(hash: number): boolean {
    const mixed = mix(hash);
    return this.isSet(mixed >>> this.shift) && this.isSet(Math.imul(mixed, 0x9e3779b1) >>> this.shift);
  }

  private set(bit: number): void {
    this.words[bit >>> 5] = (this.words[bit >>> 5] as number) | (1 << (bit & 31));
  }

  private isSet(bit: number): boolean {
    return ((this.words[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}

/** Spreads a polynomial hash over all 32 bits (murmur3's finalizer): its high bits pick the bits of the set. */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const prefixes = new Int32Array(64);
const powers = new Int32Array(64);
powers[0] = 1;
for (let k = 1; k < powers.length; k++) powers[k] = Math.imul(powers[k - 1] as number, BASE);

/**
 * Whether `text[start..end)`, or that range with any one unit deleted, may be in `filter`.
 * Ranges longer than 63 units answer true (the caller then looks them up the slow way).
 */
export function mayHaveOneDeletion(filter: HashFilter, text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length >= prefixes.length) return true;
  let hash = 0;
  for (let k = 0; k < length; k++) {
    prefixes[k] = hash;
    hash = hashStep(hash, text.charCodeAt(start + k));
  }
  if (filter.has(hash)) return true;
  // Deleting unit k: prefix·B^(n-1-k) + (hash − prefix_{k+1}·B^(n-1-k)) = hash + (prefix_k − prefix_{k+1})·B^(n-1-k).
  for (let k = 0; k < length; k++) {
    const next = k + 1 < length ? (prefixes[k + 1] as number) : hash;
    const deleted = (hash + Math.imul(((prefixes[k] as number) - next) | 0, powers[length - 1 - k] as number)) | 0;
    if (filter.has(deleted)) return true;
  }
  return false;
}
