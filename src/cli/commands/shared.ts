import type { Command } from 'commander';
import type { ConfigFlags } from '../../config/config.js';
import type { App } from '../../app/create-app.js';
import { UsageError } from '../run.js';

/** Adds the configuration flags every command honours (they win over the environment). */
export function withConfigOptions(command: Command): Command {
  return command
    .option('--port <port>', 'HTTP port (env PORT, default 3000)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL; absent: SQLite)')
    .option('--data-dir <dir>', 'data directory (env POSTWISE_DATA_DIR, default ./data)');
}

/** The configuration flags of a command's parsed options. */
export function flagsOf(options: Record<string, unknown>): ConfigFlags {
  const s = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return { port: s(options.port), databaseUrl: s(options.databaseUrl), dataDir: s(options.dataDir) };
}

/**
 * Runs `work` with the application open, closing it afterwards; configuration and input
 * errors become one-line messages with exit code 2.
 */
export async function withApp<T>(options: Record<string, unknown>, work: (app: App) => Promise<T>): Promise<T> {
  // The platform (database drivers, Kysely, the store) loads only when a command needs it.
  const [{ ConfigError }, { configFromEnvironment, createApp }, { AppError }] = await Promise.all([
    import('../../config/config.js'), import('../../app/create-app.js'), import('../../app/errors.js'),
  ]);
  let app: App;
  try {
    app = await createApp(configFromEnvironment(flagsOf(options)));
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  try {
    return await work(app);
  } catch (error) {
    if (error instanceof AppError) {
      throw new UsageError(`${error.message}${error.field && !error.message.includes(error.field) ? ` (${error.field})` : ''}`);
    }
    throw error;
  } finally {
    await app.close();
  }
}

/** Finds an organization by slug or fails with a usage error. */
export async function orgBySlug(app: App, slug: string): Promise<{ id: string; pack_id: string }> {
  const org = await app.store.organizations.bySlug(slug);
  if (!org) throw new UsageError(`no organization ${slug} (see: postwise org list)`);
  return org;
}
