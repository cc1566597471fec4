import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/ports.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { connect } from '../../src/store/connect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createStore } from '../../src/store/store.js';
import { buildOrganization } from './factories.js';

const run = promisify(execFile);
const WORKER = join(import.meta.dirname, 'fixtures/append-worker.ts');

it('SQLite: processes writing the same file at once (a CLI beside the server) neither fail nor fork the chain', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'postwise-procs-')), 'db.sqlite');
  const db = connect({ dataDir: '.', sqliteFile: file });
  await migrateToLatest(db);
  const org = await buildOrganization(createStore(db, systemClock, randomIds));
  await db.destroy();
  await Promise.all([1, 2, 3].map(() => run(process.execPath, ['--import', 'tsx', WORKER, file, org.id, '150'])));
  const check = connect({ dataDir: '.', sqliteFile: file });
  try {
    expect(await verifyAuditChain(check.kysely, org.id)).toMatchObject({ ok: true, entries: 450 });
  } finally {
    await check.destroy();
  }
}, 60_000);
