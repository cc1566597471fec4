import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import type { Database, RosterEntryTable } from '../schema.js';

export type RosterEntryRow = Selectable<RosterEntryTable>;

/** The client roster. Rows hold ciphertext; decryption happens in the service that reads them. */
export function rosterRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<RosterEntryTable>): Promise<void> {
      await db.insertInto('roster_entries').values(row).execute();
    },
    byId(orgId: string, id: string): Promise<RosterEntryRow | undefined> {
      return db.selectFrom('roster_entries').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    byRef(orgId: string, ref: string): Promise<RosterEntryRow | undefined> {
      return db.selectFrom('roster_entries').selectAll().where('org_id', '=', orgId).where('ref', '=', ref).executeTakeFirst();
    },
    list(orgId: string, page: PageRequest, includeArchived = false): Promise<Page<RosterEntryRow>> {
      let q = db.selectFrom('roster_entries').selectAll().where('org_id', '=', orgId);
      if (!includeArchived) q = q.where('archived_at', 'is', null);
      return paginate(q, page);
    },
    /** Every active entry of an organization, for compiling its matcher. */
    allActive(orgId: string): Promise<RosterEntryRow[]> {
      return db.selectFrom('roster_entries').selectAll()
        .where('org_id', '=', orgId).where('archived_at', 'is', null).execute();
    },
    async update(orgId: string, id: string, patch: Updateable<RosterEntryTable>): Promise<void> {
      await db.updateTable('roster_entries').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
    },
  };
}
export type RosterRepository = ReturnType<typeof rosterRepository>;
