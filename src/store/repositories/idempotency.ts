import type { Kysely, Selectable } from 'kysely';
import type { Database, IdempotencyKeyTable } from '../schema.js';

export type IdempotencyRow = Selectable<IdempotencyKeyTable>;

/** Stored replies of create requests, by `Idempotency-Key`, per organization and person. */
export function idempotencyRepository(db: Kysely<Database>) {
  return {
    find(orgId: string, personId: string, key: string): Promise<IdempotencyRow | undefined> {
      return db.selectFrom('idempotency_keys').selectAll()
        .where('org_id', '=', orgId).where('person_id', '=', personId).where('key', '=', key).executeTakeFirst();
    },
    /** Records a reply; returns false when another request stored one for the same key first. */
    async save(row: IdempotencyRow): Promise<boolean> {
      const result = await db.insertInto('idempotency_keys').values(row)
        .onConflict((oc) => oc.columns(['org_id', 'person_id', 'key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    /** Stores the reply of a request that reserved its key with `save` (status 0). */
    async complete(orgId: string, personId: string, key: string, statusCode: number, response: string): Promise<void> {
      await db.updateTable('idempotency_keys').set({ status_code: statusCode, response })
        .where('org_id', '=', orgId).where('person_id', '=', personId).where('key', '=', key).execute();
    },
    /** Frees a reserved key whose request failed, so that a retry may run. */
    async release(orgId: string, personId: string, key: string): Promise<void> {
      await db.deleteFrom('idempotency_keys')
        .where('org_id', '=', orgId).where('person_id', '=', personId).where('key', '=', key).where('status_code', '=', 0).execute();
    },
    async removeOlderThan(cutoff: string): Promise<void> {
      await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).execute();
    },
  };
}
export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
