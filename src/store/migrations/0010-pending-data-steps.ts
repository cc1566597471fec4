import type { Kysely } from 'kysely';

/**
 * `pending_data_steps`: changes to stored data that need the data key, which migrations never
 * have: `postwise serve` runs each pending step (`src/app/data-steps.ts`) and removes its row.
 * The first: `seal-clear-text`, encrypting check activities and approval request purposes and
 * reasons written in clear before they were encrypted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('pending_data_steps')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ pending_data_steps: { name: string; created_at: string } }>).insertInto('pending_data_steps')
    .values({ name: 'seal-clear-text', created_at: new Date().toISOString() }).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_data_steps').execute();
}
