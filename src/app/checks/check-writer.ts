import type { Insertable } from 'kysely';
import type { AuditEvent } from '../../audit/events.js';
import { chainEntries, changesFacts, type ChainHead } from '../../audit/writer.js';
import { randomIds, systemClock, type Clock, type Ids } from '../ports.js';
import type { CheckTable } from '../../store/schema.js';
import type { Store, UnitOfWork } from '../../store/store.js';

/** One check to store, with its audit event. */
export interface CheckWrite {
  readonly check: Insertable<CheckTable> & { org_id: string; created_at: string };
  readonly event: AuditEvent<'check.performed'>;
  /** Stores the reply of the check's `Idempotency-Key`, in the check's transaction. */
  readonly seal?: (tx: UnitOfWork) => Promise<void>;
}

/** Batches of an organization written in a transaction after its one-statement write missed (see `groupCommitWriter`). */
const SKIP_AFTER_MISS = 20;

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
 *
 * On PostgreSQL, a batch of one organization's checks (without idempotent replies to store)
 * goes in one statement instead of a transaction of six (`checks.insertChained`): this
 * instance remembers the head of the organization's audit chain as it last wrote it, chains
 * the entries from there, and the statement stores them only if the head is still that one.
 * When another writer appended meanwhile, nothing is stored and the batch goes through the
 * transaction (which reads the head under its lock); after such a miss the organization's
 * next batches take the transaction directly for a while, so that instances writing the same
 * chain do not keep missing.
 */
export function groupCommitWriter(store: Store, time: { clock: Clock; ids: Ids } = { clock: systemClock, ids: randomIds }, maxBatch = 256): CheckWriter {
  let queue: { item: CheckWrite; done: (error?: unknown) => void }[] = [];
  let flushing = false;
  /** Per organization: the chain's head as this instance last wrote it, and batches left to write in a transaction after a miss. */
  const heads = new Map<string, ChainHead>();
  const skips = new Map<string, number>();

  /** The one-statement write (see above); false when it does not apply or the head had moved (nothing stored). */
  async function writeInOneStatement(batch: readonly { item: CheckWrite }[]): Promise<boolean> {
    if (store.db.dialect !== 'postgres' || batch.length > 1_000) return false;
    const orgId = batch[0]?.item.check.org_id;
    if (orgId === undefined || batch.some(({ item }) => item.seal || item.check.org_id !== orgId)) return false;
    const skip = skips.get(orgId) ?? 0;
    if (skip > 0) {
      skips.set(orgId, skip - 1);
      return false;
    }
    const from = heads.get(orgId);
    const items = batch.map(({ item }) => ({ event: item.event, at: item.check.created_at }));
    if (!from || changesFacts(items)) return false;
    const { rows, head } = chainEntries(orgId, from, items, time.clock, time.ids);
    heads.delete(orgId);
    if (!(await store.checks.insertChained(orgId, from, head, batch.map(({ item }) => item.check), rows))) {
      skips.set(orgId, SKIP_AFTER_MISS);
      return false;
    }
    heads.set(orgId, head);
    return true;
  }

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        if (await writeInOneStatement(batch)) {
          for (const b of batch) b.done();
          continue;
        }
        const written = new Map<string, ChainHead>();
        await store.transaction(async (tx) => {
          // Chunks keep every statement under the drivers' parameter limits (SQLite: 32,766).
          for (let i = 0; i < batch.length; i += 200) await tx.checks.insertMany(batch.slice(i, i + 200).map((b) => b.item.check));
          const byOrg = new Map<string, CheckWrite[]>();
          for (const { item } of batch) byOrg.set(item.check.org_id, [...(byOrg.get(item.check.org_id) ?? []), item]);
          // Organizations in a fixed order: two instances never lock two chains in opposite orders.
          for (const orgId of [...byOrg.keys()].sort()) {
            const head = await tx.audit.recordMany(orgId, (byOrg.get(orgId) ?? []).map((w) => ({ event: w.event, at: w.check.created_at })));
            if (head) written.set(orgId, head);
          }
          for (const { item } of batch) if (item.seal) await item.seal(tx);
        });
        for (const [orgId, head] of written) heads.set(orgId, head);
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
