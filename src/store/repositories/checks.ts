import type { Insertable, Kysely, Selectable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import { preparedQuery } from '../prepared.js';
import type { CheckTable, Database } from '../schema.js';

export type CheckRow = Selectable<CheckTable>;

interface RecentQuery { orgId: string; personId: string; since: string; limit: number }

// Run on every check or every batch of checks: built once (see prepared.ts).
const insertManyQuery = preparedQuery((db, a: { rows: readonly Insertable<CheckTable>[] }) => db.insertInto('checks').values([...a.rows]));
const recentOfPersonQuery = preparedQuery((db, a: RecentQuery) => db.selectFrom('checks').select(['id', 'activity', 'created_at'])
  .where('org_id', '=', a.orgId).where('person_id', '=', a.personId).where('created_at', '>=', a.since)
  .orderBy('created_at', 'desc').limit(a.limit));

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
    /** Checks whose activity is still clear JSON (stored before it was encrypted), in id order from `afterId`. */
    clearActivities(orgId: string, afterId: string, limit: number): Promise<Pick<CheckRow, 'id' | 'activity'>[]> {
      return db.selectFrom('checks').select(['id', 'activity']).where('org_id', '=', orgId).where('id', '>', afterId)
        .where('activity', 'like', '{%').orderBy('id').limit(limit).execute();
    },
    /** Replaces a check's clear activity by its ciphertext (unless it changed meanwhile). */
    async sealActivity(orgId: string, id: string, clear: string, sealed: string): Promise<void> {
      await db.updateTable('checks').set({ activity: sealed }).where('org_id', '=', orgId).where('id', '=', id).where('activity', '=', clear).execute();
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
