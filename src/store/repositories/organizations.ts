import type { Insertable, Kysely, Selectable } from 'kysely';
import { preparedQuery } from '../prepared.js';
import type { Database, OrganizationTable } from '../schema.js';

export type OrganizationRow = Selectable<OrganizationTable>;

/**
 * Every column, named: the prepared queries below are also prepared on a PostgreSQL server,
 * where `select *` would fail once another instance's migration adds a column. A column added
 * to the table and not here fails to compile (the rows are typed `OrganizationRow`).
 */
export const ORGANIZATION_COLUMNS = ['id', 'slug', 'name', 'pack_id', 'pack_version', 'practice_pack_id', 'aliases', 'email_domains', 'roster_version', 'facts_version', 'created_at', 'updated_at'] as const;
const COLUMNS = ORGANIZATION_COLUMNS;

const byIdQuery = preparedQuery((db, a: { id: string }) => db.selectFrom('organizations').select(COLUMNS).where('id', '=', a.id));
/** Read on every check: the organization and, in the same statement, its person's newest check (from the index alone). */
const forCheckQuery = preparedQuery((db, a: { id: string; personId: string; since: string }) => db.selectFrom('organizations as o')
  .select(COLUMNS.map((c) => `o.${c}` as const))
  .select((eb) => eb.selectFrom('checks').select('created_at')
    .where('org_id', '=', a.id).where('person_id', '=', a.personId).where('created_at', '>=', a.since)
    .orderBy('created_at', 'desc').limit(1).as('newest_check_at'))
  .where('o.id', '=', a.id));

/** Organizations: the tenants. Every other table hangs off one of them. */
export function organizationsRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<OrganizationTable>): Promise<void> {
      await db.insertInto('organizations').values(row).execute();
    },
    async byId(id: string): Promise<OrganizationRow | undefined> {
      return (await byIdQuery.run(db, { id })).rows[0];
    },
    /**
     * The organization, with the time of the person's newest check since `since` (null: none),
     * for a check: one statement instead of two on every check.
     */
    async forCheck(id: string, personId: string, since: string): Promise<{ org: OrganizationRow; newestCheckAt: string | null } | undefined> {
      const [row] = (await forCheckQuery.run(db, { id, personId, since })).rows;
      if (!row) return undefined;
      const { newest_check_at: newestCheckAt, ...org } = row;
      return { org, newestCheckAt };
    },
    bySlug(slug: string): Promise<OrganizationRow | undefined> {
      return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
    },
    list(): Promise<OrganizationRow[]> {
      return db.selectFrom('organizations').selectAll().orderBy('created_at').execute();
    },
    /** The roster's version: cheap to read on every check, so cached matchers stay fresh across instances. */
    async rosterVersion(id: string): Promise<number | undefined> {
      const row = await db.selectFrom('organizations').select('roster_version').where('id', '=', id).executeTakeFirst();
      return row?.roster_version;
    },
    async bumpRosterVersion(id: string, now: string): Promise<void> {
      await db.updateTable('organizations')
        .set((eb) => ({ roster_version: eb('roster_version', '+', 1), updated_at: now }))
        .where('id', '=', id).execute();
    },
  };
}
export type OrganizationsRepository = ReturnType<typeof organizationsRepository>;
