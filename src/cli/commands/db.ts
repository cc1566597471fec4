import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../run.js';
import { flagsOf, withConfigOptions } from './shared.js';

/** The store and the configuration, loaded when a `db` command runs (not at start-up). */
async function platform() {
  const [{ ConfigError }, { configFromEnvironment }, { verifyAuditChain }, { connect, openSqlite, sqliteFileFor }, { migrateToLatest }] = await Promise.all([
    import('../../config/config.js'), import('../../app/create-app.js'), import('../../audit/verify.js'),
    import('../../store/connect.js'), import('../../store/migrate.js'),
  ]);
  const configOf = (options: Record<string, unknown>) => {
    try {
      return configFromEnvironment(flagsOf(options));
    } catch (error) {
      throw error instanceof ConfigError ? new UsageError(error.message) : error;
    }
  };
  return { configOf, verifyAuditChain, connect, openSqlite, sqliteFileFor, migrateToLatest };
}

async function sqliteOnly(options: Record<string, unknown>, verb: string): Promise<string> {
  const { configOf, sqliteFileFor } = await platform();
  const config = configOf(options);
  if (config.databaseUrl) {
    throw new UsageError(`db ${verb} is for the SQLite default; on PostgreSQL use pg_dump / pg_restore`);
  }
  return sqliteFileFor(config.dataDir);
}

/** `postwise db migrate|backup|restore`. */
export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('Database schema, backup and restore');

  withConfigOptions(db.command('migrate').description('Apply pending migrations (also done on every start)'))
    .action(async (options: Record<string, unknown>) => {
      const { configOf, connect, migrateToLatest } = await platform();
      const config = configOf(options);
      const handle = connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const { applied } = await migrateToLatest(handle);
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
      } finally {
        await handle.destroy();
      }
    });

  withConfigOptions(db.command('backup').argument('<file>', 'where to write the copy').description('Copy the SQLite database while it is in use'))
    .action(async (file: string, options: Record<string, unknown>) => {
      const source = await sqliteOnly(options, 'backup');
      const { openSqlite } = await platform();
      if (!existsSync(source)) throw new UsageError(`no database at ${source}`);
      if (existsSync(file)) throw new UsageError(`${file} exists; choose a new file name`);
      const sqlite = openSqlite(source);
      try {
        // SQLite's online backup API: a consistent copy while the server keeps writing.
        const { totalPages } = await sqlite.backup(resolve(file));
        process.stdout.write(`backed up ${totalPages} pages to ${file}\n`);
      } finally {
        sqlite.close();
      }
    });

  withConfigOptions(db.command('restore').argument('<file>', 'a file made by db backup')
    .description('Replace the SQLite database with a backup (stop the server first)'))
    .action(async (file: string, options: Record<string, unknown>) => {
      const target = await sqliteOnly(options, 'restore');
      const { configOf, connect, migrateToLatest, openSqlite, verifyAuditChain } = await platform();
      if (!existsSync(file)) throw new UsageError(`no such file ${file}`);
      const backup = openSqlite(file);
      try {
        const check = backup.pragma('integrity_check', { simple: true });
        if (check !== 'ok') throw new UsageError(`${file} is damaged: ${String(check)}`);
        const hasAudit = backup.prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_log'").get();
        if (!hasAudit) throw new UsageError(`${file} is not a Postwise database`);
        await backup.backup(resolve(target));
      } finally {
        backup.close();
      }
      const handle = connect({ dataDir: configOf(options).dataDir });
      try {
        await migrateToLatest(handle);
        const outcome = await verifyAuditChain(handle.kysely);
        process.stdout.write(`restored ${file}; audit chain ${outcome.ok ? 'verifies' : 'does NOT verify'} (${outcome.entries} entries)\n`);
      } finally {
        await handle.destroy();
      }
    });
}

