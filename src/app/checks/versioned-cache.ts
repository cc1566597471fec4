/**
 * Values per key (an organization) at a version that the store bumps in the same transaction
 * as every change they derive from. Readers pass the version they just read: a cached value
 * of an older version is rebuilt, so every instance sees every change at once, and concurrent
 * readers of a stale value share one rebuild.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: number; value: Promise<T> }>();

  /** The value of `key` at `version` (or newer), built by `load` when missing or older. */
  async get(key: string, version: number, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached && cached.version >= version) return cached.value;
    const value = load();
    const entry = { version, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets a key. */
  invalidate(key: string): void {
    this.entries.delete(key);
  }
}
