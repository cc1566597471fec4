import type { Kysely } from 'kysely';

/**
 * - `consent_reliances`: which consents each check relied on (found by consent, for revocation);
 * - `publications`: which checked activities went out (one per check);
 * - `organization_packs`: every version of an organization's own policy pack.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('consent_reliances')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('consent_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('consent_reliances_pk', ['org_id', 'check_id', 'consent_id'])
    .execute();
  await db.schema.createIndex('consent_reliances_by_consent').on('consent_reliances').columns(['org_id', 'consent_id']).execute();

  await db.schema.createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('account_id', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('publications_one_per_check', ['org_id', 'check_id'])
    .execute();

  await db.schema.createTable('organization_packs')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organization_packs_pk', ['org_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('organization_packs').execute();
  await db.schema.dropTable('publications').execute();
  await db.schema.dropTable('consent_reliances').execute();
}
