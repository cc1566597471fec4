import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { checkpointInBackground } from '../../src/store/checkpointer.js';
import { connect, type Db } from '../../src/store/connect.js';
import { migrateToLatest } from '../../src/store/migrate.js';

let dir = '';
let db: Db | undefined;
afterEach(async () => {
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const autocheckpoint = async (d: Db): Promise<number> =>
  (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(d.kysely)).rows[0]?.wal_autocheckpoint ?? -1;

/** Writes about 2 MB in 40 transactions. */
async function write(d: Db): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    const values = Array.from({ length: 50 }, (_, j) => ({ key: `k${i}-${j}`, window_start: 'x'.repeat(1000), hits: 1 }));
    await d.kysely.insertInto('rate_limits').values(values).execute();
  }
}

it('checkpoints the SQLite WAL from its own thread, never from the connection that commits, until stopped', async () => {
  dir = mkdtempSync(join(tmpdir(), 'postwise-checkpoint-'));
  db = connect({ dataDir: dir });
  await migrateToLatest(db);
  const file = db.file ?? '';
  const errors: unknown[] = [];
  const stop = await checkpointInBackground(db, (e) => errors.push(e));
  expect(await autocheckpoint(db)).toBe(0);
  const before = statSync(file).size;
  await write(db);
  // The commits went to the WAL only; the thread copies them into the database file.
  for (let i = 0; i < 50 && statSync(file).size < before + 1_000_000; i += 1) await new Promise((r) => setTimeout(r, 100));
  expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
  await stop();
  expect(await autocheckpoint(db)).toBe(1000);
  expect(errors).toEqual([]);
});

it('does nothing on PostgreSQL', async () => {
  const fake = { dialect: 'postgres' } as Db;
  await (await checkpointInBackground(fake, () => undefined))();
});
