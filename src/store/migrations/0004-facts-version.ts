import type { Kysely } from 'kysely';

/**
 * `organizations.facts_version`: bumped (by the audit writer) with every workflow event, so
 * that every instance can cache the workflow part of the screening context and still see a
 * consent, approval or grant in the very next check.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('facts_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('facts_version').execute();
}
