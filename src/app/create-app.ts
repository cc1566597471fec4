import type { Config, ConfigFlags } from '../config/config.js';
import { parseConfig } from '../config/config.js';
import { loadKeyring } from '../crypto/keyring.js';
import { connect, type Db } from '../store/connect.js';
import { migrateToLatest } from '../store/migrate.js';
import { createStore } from '../store/store.js';
import type { AppContext } from './context.js';
import { randomIds, systemClock, type Clock, type Ids } from './ports.js';

/** The running application: what the server, the command line and scheduled work share. */
export interface App extends AppContext {
  /** Closes the database pool. */
  close(): Promise<void>;
}

/** Replacements for tests: a fixed clock, predictable ids, an already-open database. */
export interface AppOverrides {
  readonly clock?: Clock;
  readonly ids?: Ids;
  readonly db?: Db;
  /** Apply pending migrations on start (default true, as `npm start` needs). */
  readonly migrate?: boolean;
}

/**
 * The composition root: opens the database (SQLite or PostgreSQL), brings its schema up to
 * date, loads the data key and builds the store. Nothing else constructs these.
 *
 * @example
 * const app = await createApp(parseConfig(process.env));
 * try { ... } finally { await app.close(); }
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const ids = overrides.ids ?? randomIds;
  const keyring = loadKeyring({ key: config.key, dataDir: config.dataDir });
  const db = overrides.db ?? connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (overrides.migrate !== false) await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const store = createStore(db, clock, ids);
  return { config, store, keyring, clock, ids, close: () => (overrides.db ? Promise.resolve() : db.destroy()) };
}

/**
 * The configuration from this process's environment and the given flags. The only place
 * that reads `process.env`.
 */
export function configFromEnvironment(flags: ConfigFlags = {}): Config {
  return parseConfig(process.env, flags);
}
