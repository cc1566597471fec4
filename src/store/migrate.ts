import { Migrator, sql } from 'kysely';
import type { Db } from './connect.js';
import { migrationProvider } from './migrations/index.js';

/** What a migration run did. */
export interface MigrateOutcome {
  readonly applied: readonly string[];
}

/**
 * Brings the schema up to date. Safe to call from several instances at once: Kysely's
 * migrator takes a lock table (and on PostgreSQL a row lock) around the run.
 */
export async function migrateToLatest(db: Db): Promise<MigrateOutcome> {
  // Name the schema of the migration tables: Kysely looks for them in every schema, so
  // another schema's tables (another deployment in the same database) would fool it.
  const schema = db.dialect === 'postgres'
    ? db.schema ?? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]?.s
    : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
