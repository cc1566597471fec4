import type { Insertable, Kysely, Selectable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import type { CheckTable, Database } from '../schema.js';

export type CheckRow = Selectable<CheckTable>;

/** Screening checks: the activity as submitted and the engine's result. */
export function checksRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CheckTable>): Promise<void> {
      await db.insertInto('checks').values(row).execute();
    },
    async insertMany(rows: readonly Insertable<CheckTable>[]): Promise<void> {
      if (rows.length) await db.insertInto('checks').values([...rows]).execute();
    },
    byId(orgId: string, id: string): Promise<CheckRow | undefined> {
      return db.selectFrom('checks').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    /** A person's latest checks since a time, newest first (for repetition detection). */
    recentOfPerson(orgId: string, personId: string, since: string, limit: number): Promise<Pick<CheckRow, 'id' | 'activity' | 'created_at'>[]> {
      return db.selectFrom('checks').select(['id', 'activity', 'created_at'])
        .where('org_id', '=', orgId).where('person_id', '=', personId).where('created_at', '>=', since)
        .orderBy('created_at', 'desc').limit(limit).execute();
    },
    /** The times of a person's latest checks since a time, newest first: read from the index alone. */
    async recentTimesOfPerson(orgId: string, personId: string, since: string, limit: number): Promise<string[]> {
      const rows = await db.selectFrom('checks').select('created_at')
        .where('org_id', '=', orgId).where('person_id', '=', personId).where('created_at', '>=', since)
        .orderBy('created_at', 'desc').limit(limit).execute();
      return rows.map((r) => r.created_at);
    },
    /** Newest first; `personId` narrows to one person's checks. */
    list(orgId: string, page: PageRequest, filter: { personId?: string | undefined } = {}): Promise<Page<CheckRow>> {
      let q = db.selectFrom('checks').selectAll().where('org_id', '=', orgId);
      if (filter.personId) q = q.where('person_id', '=', filter.personId);
      return paginate(q, page, 'desc');
    },
  };
}
export type ChecksRepository = ReturnType<typeof checksRepository>;
