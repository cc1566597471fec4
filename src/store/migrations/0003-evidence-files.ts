import type { Kysely } from 'kysely';

/**
 * Evidence files of incidents, kept in the database (encrypted) rather than on one instance's
 * disk, so that several instances serve them and a backup holds them. Addressed by SHA-256.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('evidence_files')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evidence_files_pk', ['org_id', 'sha256'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evidence_files').execute();
}
