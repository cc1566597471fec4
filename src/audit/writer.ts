import type { Insertable, Kysely } from 'kysely';
import { iso, type Clock, type Ids } from '../app/ports.js';
import { preparedQuery } from '../store/prepared.js';
import type { AuditLogTable, Database } from '../store/schema.js';
import { canonicalJson, GENESIS_HASH, hashEntry } from './chain.js';
import { fromDomainEvent, isDomainEventKind, type AuditEvent, type AuditEventKind } from './events.js';
import type { DomainEvent } from '../domain/audit-events.js';

/** Appends events to an organization's chain, inside the caller's transaction. */
export interface AuditWriter {
  /** Records one event, timed by the clock (or `at`, when the event was timed already). */
  record<K extends AuditEventKind>(orgId: string, event: AuditEvent<K>, at?: string): Promise<void>;
  /** Records the events a workflow returned in its `Outcome`, in order. */
  recordAll(events: readonly DomainEvent[]): Promise<void>;
  /** Records several events of one organization in order, with one lock and one insert; returns the chain's new head (null: nothing recorded). */
  recordMany(orgId: string, items: readonly { event: AuditEvent; at?: string | undefined }[]): Promise<ChainHead | null>;
}

/** The newest entry of an organization's chain: its sequence number and hash. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * The entries that append `items` to a chain whose head is `head`, and the chain's head after
 * them. Each entry is timed by the clock, or by its `at` when it was timed already.
 */
export function chainEntries(
  orgId: string, head: ChainHead, items: readonly { event: AuditEvent; at?: string | undefined }[], clock: Clock, ids: Ids,
): { rows: Insertable<AuditLogTable>[]; head: ChainHead } {
  let prevHash = head.hash;
  let seq = head.seq;
  const rows = items.map(({ event, at }) => {
    seq += 1;
    const fields = {
      orgId, seq, id: ids.uuid(), kind: event.kind, actorId: event.actorId, subjectId: event.subjectId,
      data: canonicalJson(event.data), at: at === undefined ? iso(clock.now()) : new Date(at).toISOString(), prevHash,
    };
    prevHash = hashEntry(fields);
    return {
      org_id: orgId, seq, id: fields.id, kind: fields.kind, actor_id: fields.actorId, subject_id: fields.subjectId,
      data: fields.data, at: fields.at, prev_hash: fields.prevHash, hash: prevHash,
    };
  });
  return { rows, head: { seq, hash: prevHash } };
}

/** Whether recording these events changes the organization's screening facts (then `facts_version` is bumped). */
export const changesFacts = (items: readonly { event: AuditEvent }[]): boolean => items.some(({ event }) => isDomainEventKind(event.kind));

// Every check appends: built once (see store/prepared.ts).
const reserveQuery = preparedQuery((db, a: { orgId: string; count: number }) => db.updateTable('audit_heads')
  .set((eb) => ({ seq: eb('seq', '+', a.count) })).where('org_id', '=', a.orgId).returning(['seq', 'hash']));
const appendQuery = preparedQuery((db, a: { rows: readonly Insertable<AuditLogTable>[] }) => db.insertInto('audit_log').values([...a.rows]));
const headQuery = preparedQuery((db, a: { orgId: string; hash: string }) => db.updateTable('audit_heads').set({ hash: a.hash }).where('org_id', '=', a.orgId));

/** Starts an organization's chain; call in the transaction that creates the organization. */
export async function startAuditChain(db: Kysely<Database>, orgId: string): Promise<void> {
  await db.insertInto('audit_heads').values({ org_id: orgId, seq: 0, hash: GENESIS_HASH }).execute();
}

/**
 * An audit writer over `db`, which MUST be a transaction that also makes the change being
 * recorded: the entry commits or rolls back with it.
 *
 * Each append first updates the organization's head row. On PostgreSQL that takes the row
 * lock, so concurrent writers of one organization queue up behind it and cannot fork the
 * chain (they read the head only once they hold the lock); on SQLite the same statement
 * takes the database's write lock. Different organizations never wait for each other.
 */
export function auditWriter(db: Kysely<Database>, clock: Clock, ids: Ids): AuditWriter {
  const writer: AuditWriter = {
    async recordAll(events) {
      for (const e of events) {
        const { orgId, at, event } = fromDomainEvent(e);
        await writer.record(orgId, event, at);
      }
    },
    async record(orgId, event, at) {
      await writer.recordMany(orgId, [{ event, at }]);
    },
    async recordMany(orgId, items) {
      if (items.length === 0) return null;
      // One statement takes the lock and reserves the sequence numbers; the hash follows
      // below, in this transaction. RETURNING gives the new seq and the unchanged (previous) hash.
      const [reserved] = (await reserveQuery.run(db, { orgId, count: items.length })).rows;
      if (!reserved) throw new Error(`no audit chain for organization ${orgId}`);
      const { rows, head } = chainEntries(orgId, { seq: reserved.seq - items.length, hash: reserved.hash }, items, clock, ids);
      // Chunks keep every statement under the drivers' parameter limits.
      for (let i = 0; i < rows.length; i += 500) await appendQuery.run(db, { rows: rows.slice(i, i + 500) });
      await headQuery.run(db, { orgId, hash: head.hash });
      // Every workflow change is audited, so this is where the cached screening facts of
      // every instance learn that they are stale: in the same transaction as the change.
      if (changesFacts(items)) {
        await db.updateTable('organizations').set((eb) => ({ facts_version: eb('facts_version', '+', 1) }))
          .where('id', '=', orgId).execute();
      }
      return head;
    },
  };
  return writer;
}
