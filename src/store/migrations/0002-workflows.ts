import type { Kysely } from 'kysely';
import { WORKFLOW_TABLES } from '../workflow-schema.js';

/**
 * The workflow tables: one shape for all (see `workflow-schema.ts`), each indexed for the
 * organization's lists (`org_id, created_at, id`), its queues (`org_id, status, due_at`) and
 * look-ups by the person or record it is about.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of WORKFLOW_TABLES) {
    await db.schema.createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('ref_id', 'text')
      .addColumn('due_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('personal', 'text')
      .execute();
    await db.schema.createIndex(`${table}_org_created`).on(table).columns(['org_id', 'created_at', 'id']).execute();
    await db.schema.createIndex(`${table}_org_status_due`).on(table).columns(['org_id', 'status', 'due_at']).execute();
    await db.schema.createIndex(`${table}_org_subject`).on(table).columns(['org_id', 'subject_id']).execute();
    await db.schema.createIndex(`${table}_org_ref`).on(table).columns(['org_id', 'ref_id']).execute();
  }
  // Each person signs each version once, even when two requests race (policy acknowledgement).
  await db.schema.createIndex('policy_acknowledgements_once').on('policy_acknowledgements')
    .columns(['org_id', 'subject_id', 'kind']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...WORKFLOW_TABLES].reverse()) await db.schema.dropTable(table).execute();
}
