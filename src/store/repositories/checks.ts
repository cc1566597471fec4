import type { Insertable, Kysely, Selectable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import { preparedQuery } from '../prepared.js';
import type { CheckTable, Database } from '../schema.js';

export type CheckRow = Selectable<CheckTable>;

interface RecentQuery { orgId: string; personId: string; since: string; limit: number }

// Run on every check or every batch of checks: built once (see prepared.ts).
const insertManyQuery = preparedQuery((db, a: { rows: readonly Insertable<CheckTable>[] }) => db.insertInto('checks').values([...a.rows]));
/** A person's checks since a time, newest first. */
const recentChecks = (db: Kysely<Database>, a: RecentQuery) => db.selectFrom('checks')
  .where('org_id', '=', a.orgId).where('person_id', '=', a.personId).where('created_at', '>=', a.since)
  .orderBy('created_at', 'desc').limit(a.limit);
const recentOfPersonQuery = preparedQuery((db, a: RecentQuery) => recentChecks(db, a).select(['id', 'activity', 'created_at']));
const recentTimesQuery = preparedQuery((db, a: RecentQuery) => recentChecks(db, a).select('created_at'));

/** Screening checks: the activity as submitted and the engine's result. */
export function checksRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CheckTable>): Promise<void> {
      await db.insertInto('checks').values(row).execute();
    },
    async insertMany(rows: readonly Insertable<CheckTable>[]): Promise<void> {
      if (rows.length) await insertManyQuery.run(db, { rows });
    },
    byId(orgId: string, id: string): Promise<CheckRow | undefined> {
      return db.selectFrom('checks').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    /** A person's latest checks since a time, newest first (for repetition detection). */
    async recentOfPerson(orgId: string, personId: string, since: string, limit: number): Promise<Pick<CheckRow, 'id' | 'activity' | 'created_at'>[]> {
      return (await recentOfPersonQuery.run(db, { orgId, personId, since, limit })).rows;
    },
    /** The times of a person's latest checks since a time, newest first: read from the index alone. */
    async recentTimesOfPerson(orgId: string, personId: string, since: string, limit: number): Promise<string[]> {
      const { rows } = await recentTimesQuery.run(db, { orgId, personId, since, limit });
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
