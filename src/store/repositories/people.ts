import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import type { Database, PersonTable } from '../schema.js';

export type PersonRow = Selectable<PersonTable>;

/** People of an organization. Every read is scoped by organization: there is no unscoped look-up. */
export function peopleRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<PersonTable>): Promise<void> {
      await db.insertInto('people').values(row).execute();
    },
    byId(orgId: string, id: string): Promise<PersonRow | undefined> {
      return db.selectFrom('people').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    byEmail(orgId: string, email: string): Promise<PersonRow | undefined> {
      return db.selectFrom('people').selectAll()
        .where('org_id', '=', orgId).where('email', '=', email.toLowerCase()).executeTakeFirst();
    },
    list(orgId: string, page: PageRequest, filter: { role?: string | undefined } = {}): Promise<Page<PersonRow>> {
      let q = db.selectFrom('people').selectAll().where('org_id', '=', orgId).where('archived_at', 'is', null);
      if (filter.role) q = q.where('role', '=', filter.role);
      return paginate(q, page);
    },
    /** People of a given role, e.g. to route an approval to every Executive Director. */
    withRole(orgId: string, role: string): Promise<PersonRow[]> {
      return db.selectFrom('people').selectAll()
        .where('org_id', '=', orgId).where('role', '=', role).where('archived_at', 'is', null).execute();
    },
    async update(orgId: string, id: string, patch: Updateable<PersonTable>): Promise<void> {
      await db.updateTable('people').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
    },
  };
}
export type PeopleRepository = ReturnType<typeof peopleRepository>;
