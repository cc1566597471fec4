/**
 * The command line end to end, as a person runs it: a real process per command, against
 * SQLite and PostgreSQL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { connect } from '../../../src/store/connect.js';
import { describeEachDialect } from '../../store/dialects.js';
import { postwise as postwiseOn } from './run-postwise.js';

describeEachDialect('postwise CLI', (h) => {
  const postwise = (args: string[], input?: string) => postwiseOn(h, args, input);
  const slug = `cli-${h.dialect}`;
  // Each test starts several processes; on a busy machine that takes longer than one test usually may.
  const PROCESSES_TIMEOUT = 120_000;

  it('migrates, creates an organization and people, imports a roster', async () => {
    expect((await postwise(['db', 'migrate'])).stdout).toMatch(/up to date|applied/);
    expect((await postwise(['org', 'create', '--slug', slug, '--name', 'CLI Org', '--pack', 'iwso'])).stdout).toMatch(/created organization/);
    const dup = await postwise(['org', 'create', '--slug', slug, '--name', 'CLI Org', '--pack', 'iwso']);
    expect(dup.code).toBe(2);
    const weak = await postwise(['user', 'add', '--org', slug, '--email', 'ed@x.org', '--name', 'Ed', '--role', 'executive-director', '--password-stdin'], 'short\n');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 8 characters/);
    const ok = await postwise(['user', 'add', '--org', slug, '--email', 'ed@x.org', '--name', 'Ed', '--role', 'executive-director', '--admin', '--password-stdin'], 'goodpass1\n');
    expect(ok.stdout).toMatch(/added ed@x.org as executive-director \(admin\)/);
    const file = join(h.connectOptions.dataDir, 'roster.csv');
    writeFileSync(file, 'name,ref,kind,aliases\nAmélie Gagnon,c12,client,Amy;Mimi\nTom Reid,s3,staff,\n');
    expect((await postwise(['roster', 'import', file, '--org', slug])).stdout).toMatch(/2 added, 0 updated/);
    expect((await postwise(['roster', 'import', file, '--org', slug])).stdout).toMatch(/0 added, 2 updated/);
    writeFileSync(file, 'name,kind\nBad,martian\n');
    const bad = await postwise(['roster', 'import', file, '--org', slug]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 2/);
  }, PROCESSES_TIMEOUT);

  it('exports the audit trail and verifies it, then names the entry someone changed', async () => {
    const csv = await postwise(['audit', 'export', '--format', 'csv', '--org', slug]);
    expect(csv.stdout.split('\n')[0]).toBe('orgId,seq,id,kind,actorId,subjectId,data,at,prevHash,hash');
    const json = JSON.parse((await postwise(['audit', 'export', '--format', 'json', '--from', '2000-01-01', '--to', '2999-01-01'])).stdout) as { kind: string }[];
    expect(json.map((e) => e.kind)).toEqual(expect.arrayContaining(['organization.created', 'person.created', 'roster.imported']));
    expect((await postwise(['audit', 'verify'])).stdout).toMatch(/verifies/);
    // The CLI's SQLite file is the data directory's default, not the harness's own file.
    const db = h.dialect === 'sqlite' ? connect({ dataDir: h.connectOptions.dataDir }) : h.db;
    try {
      const org = await db.kysely.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
      await db.kysely.updateTable('audit_log').set({ actor_id: 'mallory' }).where('org_id', '=', org.id).where('seq', '=', 2).execute();
    } finally {
      if (db !== h.db) await db.destroy();
    }
    const broken = await postwise(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/entry #2 .*hash-mismatch/);
  }, PROCESSES_TIMEOUT);

  it('backs up and restores the SQLite database (and says to use pg_dump on PostgreSQL)', async () => {
    const file = join(h.connectOptions.dataDir, `backup-${Date.now()}.sqlite`);
    const backup = await postwise(['db', 'backup', file]);
    if (h.dialect === 'postgres') {
      expect(backup.code).toBe(2);
      expect(backup.stderr).toMatch(/pg_dump/);
      return;
    }
    expect(backup.stdout).toMatch(/backed up \d+ pages/);
    const again = await postwise(['db', 'backup', file]);
    expect(again.code).toBe(2);
    const restored = await postwise(['db', 'restore', file]);
    expect(restored.stdout).toMatch(/restored .*audit chain does NOT verify/);
    const junk = join(h.connectOptions.dataDir, 'junk.sqlite');
    writeFileSync(junk, 'not a database');
    expect((await postwise(['db', 'restore', junk])).code).not.toBe(0);
  }, PROCESSES_TIMEOUT);
});
