import type { Insertable } from 'kysely';
import type { AuditEvent } from '../../audit/events.js';
import type { CheckTable } from '../../store/schema.js';
import type { Store, UnitOfWork } from '../../store/store.js';

/** One check to store, with its audit event. */
export interface CheckWrite {
  readonly check: Insertable<CheckTable> & { org_id: string; created_at: string };
  readonly event: AuditEvent<'check.performed'>;
  /** Stores the reply of the check's `Idempotency-Key`, in the check's transaction. */
  readonly seal?: (tx: UnitOfWork) => Promise<void>;
}

/** Stores checks; resolves once the check and its audit entry are committed. */
export interface CheckWriter {
  write(item: CheckWrite): Promise<void>;
}

/**
 * Group commit: checks that arrive while a transaction is committing wait for the next
 * one, and go in together (at most `maxBatch`). Each check and its audit entry are still
 * in the same transaction, and nobody is answered before their transaction commits; under
 * load, one commit (one fsync on PostgreSQL, one WAL append on SQLite) serves many checks.
 *
 * A flush starts on `setImmediate`, after the event loop has read every request that was
 * ready: better-sqlite3 is synchronous, so a flush started at once would commit each check
 * alone before the next request is even parsed. At low load a check is still written
 * alone, within the same turn of the event loop: no timer, no added latency.
 *
 * If a batch fails, every check in it fails (and is answered with an error): none was stored.
 */
export function groupCommitWriter(store: Store, maxBatch = 256): CheckWriter {
  let queue: { item: CheckWrite; done: (error?: unknown) => void }[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        await store.transaction(async (tx) => {
          // Chunks keep every statement under the drivers' parameter limits (SQLite: 32,766).
          for (let i = 0; i < batch.length; i += 200) await tx.checks.insertMany(batch.slice(i, i + 200).map((b) => b.item.check));
          const byOrg = new Map<string, CheckWrite[]>();
          for (const { item } of batch) byOrg.set(item.check.org_id, [...(byOrg.get(item.check.org_id) ?? []), item]);
          // Organizations in a fixed order: two instances never lock two chains in opposite orders.
          for (const orgId of [...byOrg.keys()].sort()) {
            await tx.audit.recordMany(orgId, (byOrg.get(orgId) ?? []).map((w) => ({ event: w.event, at: w.check.created_at })));
          }
          for (const { item } of batch) if (item.seal) await item.seal(tx);
        });
        for (const b of batch) b.done();
      } catch (error) {
        for (const b of batch) b.done(error);
      }
    }
    flushing = false;
  }

  return {
    write(item) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, done: (error) => (error === undefined ? resolve() : reject(error)) });
        if (!flushing) {
          flushing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
