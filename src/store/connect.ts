import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver,
  type DatabaseConnection, type Driver, type PostgresPool, type PostgresPoolClient, type SqliteDatabase as SqliteDialectDatabase, type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import { serverStatementNames } from './prepared.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /** The PostgreSQL schema in use, when not `public`. */
  readonly schema: string | undefined;
  /** The SQLite file, when SQLite. */
  readonly file?: string;
  destroy(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL connection string; absent means SQLite. */
  readonly databaseUrl?: string | undefined;
  /** Where the SQLite file lives. */
  readonly dataDir: string;
  /** SQLite file path, overriding `<dataDir>/postwise.sqlite` (tests use temporary files). */
  readonly sqliteFile?: string;
  /** PostgreSQL schema to use as `search_path` (tests use one per file). */
  readonly pgSchema?: string;
  readonly poolSize?: number;
}

/** The SQLite file for a data directory. */
export function sqliteFileFor(dataDir: string): string {
  return join(dataDir, 'postwise.sqlite');
}

/** Opens an SQLite file with the pragmas the service relies on. */
export function openSqlite(file: string): SqliteDatabase.Database {
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers run beside the writer; NORMAL sync in WAL mode keeps every committed
  // transaction across a process crash (only a power cut may lose the last ones).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A CLI command and the server may write at once: wait instead of failing at once.
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs as much as running a
 * small query. This keeps the prepared statements of the (few hundred) distinct queries the
 * service issues. better-sqlite3 re-prepares a cached statement itself after a schema change.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, max = 500): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit) return hit;
      const stmt = sqlite.prepare(sql);
      if (!/^\s*(create|alter|drop|pragma)\b/i.test(sql)) {
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/**
 * Transactions begin IMMEDIATE: they take the write lock at once (waiting up to
 * busy_timeout), instead of reading first and failing to upgrade when another process
 * (a CLI command beside the server) wrote in between.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

/**
 * A pool whose connections run the prepared queries (`prepared.ts`) as named statements: the
 * server parses and plans each once per connection rather than on every run, CPU that the
 * database takes from the same machine when it runs beside the service.
 */
function withServerStatements(pool: pg.Pool): PostgresPool {
  return {
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      // Kysely passes SQL text and parameters, or (when streaming) a cursor, which goes through as is.
      const query = (sqlOrCursor: string, parameters: readonly unknown[]) => {
        const name = typeof sqlOrCursor === 'string' ? serverStatementNames.get(sqlOrCursor) : undefined;
        return name ? client.query({ name, text: sqlOrCursor, values: [...parameters] }) : client.query(sqlOrCursor, parameters as unknown[]);
      };
      return { query: query as unknown as PostgresPoolClient['query'], release: () => client.release() };
    },
  };
}

/** Opens the database named by the options: PostgreSQL when a URL is given, else SQLite. */
export function connect(options: ConnectOptions): Db {
  if (options.databaseUrl) {
    const schema = options.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withServerStatements(pool) }) });
    return { kysely, dialect: 'postgres', schema, destroy: () => kysely.destroy() };
  }
  const file = options.sqliteFile ?? sqliteFileFor(options.dataDir);
  if (!options.sqliteFile) mkdirSync(options.dataDir, { recursive: true });
  const sqlite = openSqlite(file);
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  return { kysely, dialect: 'sqlite', schema: undefined, file, destroy: () => kysely.destroy() };
}
