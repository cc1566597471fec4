/**
 * One test suite, two databases. `describeEachDialect` runs a block once on SQLite (a
 * temporary file) and once on PostgreSQL (a schema of its own, dropped afterwards).
 *
 * PostgreSQL: POSTWISE_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test.
 * Unreachable → those tests are skipped with a message; under CI=true they fail instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { connect, type DialectName, type Db } from '../../src/store/connect.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export const PG_URL = process.env.POSTWISE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pgProblem = await probePostgres();
if (pgProblem && process.env.CI === 'true') {
  throw new Error(`CI=true but PostgreSQL is unreachable at ${PG_URL}: ${pgProblem}`);
}
if (pgProblem) {
  console.warn(`\n⚠ PostgreSQL tests SKIPPED: no server at ${PG_URL} (${pgProblem}). Set POSTWISE_TEST_DATABASE_URL or start one.\n`);
}

/** A migrated, empty database of one dialect, open for the duration of a describe block. */
export interface DialectHarness {
  readonly dialect: DialectName;
  /** The open database; available inside tests and hooks. */
  readonly db: Db;
  /** Connection options that reach the same database (to open a second pool, or a CLI). */
  readonly connectOptions: { databaseUrl?: string; dataDir: string; sqliteFile?: string; pgSchema?: string };
}

function harness(dialect: DialectName): DialectHarness & { setup(): Promise<void>; teardown(): Promise<void> } {
  let db: Db | undefined;
  let dir = '';
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  return {
    dialect,
    get connectOptions() {
      return dialect === 'sqlite'
        ? { dataDir: dir, sqliteFile: join(dir, 'test.sqlite') }
        : { dataDir: dir, databaseUrl: PG_URL, pgSchema: schema };
    },
    get db() {
      if (!db) throw new Error('database not open yet: use it inside a test or hook');
      return db;
    },
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'postwise-test-'));
      if (dialect === 'postgres') {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
      }
      db = connect(this.connectOptions);
      await migrateToLatest(db);
    },
    async teardown() {
      await db?.destroy();
      if (dialect === 'postgres') {
        const admin = new pg.Client({ connectionString: PG_URL });
        await admin.connect();
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `body` once per dialect, each time against a fresh, migrated database. */
export function describeEachDialect(title: string, body: (h: DialectHarness) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const run = dialect === 'postgres' && pgProblem ? describe.skip : describe;
    run(`${title} [${dialect}]`, () => {
      const h = harness(dialect);
      beforeAll(() => h.setup());
      afterAll(() => h.teardown());
      body(h);
    });
  }
}
