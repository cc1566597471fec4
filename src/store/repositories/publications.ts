import type { Kysely, Selectable } from 'kysely';
import type { ConsentRelianceTable, PublicationTable } from '../publication-schema.js';
import type { Database } from '../schema.js';

export type ConsentRelianceRow = Selectable<ConsentRelianceTable>;
export type PublicationRow = Selectable<PublicationTable>;

/** What checks relied on which consents, and which checked activities were published. */
export function publicationsRepository(db: Kysely<Database>) {
  return {
    async insertReliances(rows: readonly ConsentRelianceRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('consent_reliances').values([...rows]).execute();
    },
    reliancesOfCheck(orgId: string, checkId: string): Promise<ConsentRelianceRow[]> {
      return db.selectFrom('consent_reliances').selectAll().where('org_id', '=', orgId).where('check_id', '=', checkId).execute();
    },
    async insert(row: PublicationRow): Promise<void> {
      await db.insertInto('publications').values(row).execute();
    },
    ofCheck(orgId: string, checkId: string): Promise<PublicationRow | undefined> {
      return db.selectFrom('publications').selectAll().where('org_id', '=', orgId).where('check_id', '=', checkId).executeTakeFirst();
    },
    /** Published activities whose check relied on the consent, oldest first. */
    publishedUnder(orgId: string, consentId: string): Promise<PublicationRow[]> {
      return db.selectFrom('publications as p')
        .innerJoin('consent_reliances as r', (j) => j.onRef('r.org_id', '=', 'p.org_id').onRef('r.check_id', '=', 'p.check_id'))
        .selectAll('p')
        .where('r.org_id', '=', orgId).where('r.consent_id', '=', consentId)
        .orderBy('p.published_at').orderBy('p.id')
        .execute();
    },
  };
}
export type PublicationsRepository = ReturnType<typeof publicationsRepository>;
