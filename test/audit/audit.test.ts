import { expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/ports.js';
import { canonicalJson } from '../../src/audit/chain.js';
import { auditEvent } from '../../src/domain/audit-events.js';
import { exportAudit } from '../../src/audit/export.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { connect } from '../../src/store/connect.js';
import { createStore, type Store } from '../../src/store/store.js';
import { describeEachDialect } from '../store/dialects.js';
import { buildOrganization } from '../store/factories.js';

async function record(store: Store, orgId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await store.transaction((tx) =>
      tx.audit.record(orgId, { kind: 'roster-entry.updated', actorId: 'a', subjectId: `s${i}`, data: { fields: ['name'] } }));
  }
}

it('canonical JSON sorts keys at every depth', () => {
  expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
});

describeEachDialect('audit chain', (h) => {
  const store = () => createStore(h.db, systemClock, randomIds);

  it('verifies an intact chain', async () => {
    const s = store();
    const org = await buildOrganization(s);
    await record(s, org.id, 5);
    const outcome = await verifyAuditChain(h.db.kysely, org.id);
    expect(outcome).toMatchObject({ ok: true, entries: 5, firstBreak: null });
  });

  it('names the first changed entry', async () => {
    const s = store();
    const org = await buildOrganization(s);
    await record(s, org.id, 5);
    await h.db.kysely.updateTable('audit_log').set({ data: '{"fields":["x"]}' })
      .where('org_id', '=', org.id).where('seq', '=', 3).execute();
    const outcome = await verifyAuditChain(h.db.kysely, org.id);
    expect(outcome.ok).toBe(false);
    expect(outcome.firstBreak).toMatchObject({ seq: 3, reason: 'hash-mismatch' });
  });

  it('detects a removed entry, in the middle or at the end', async () => {
    const s = store();
    const org = await buildOrganization(s);
    await record(s, org.id, 4);
    await h.db.kysely.deleteFrom('audit_log').where('org_id', '=', org.id).where('seq', '=', 4).execute();
    expect((await verifyAuditChain(h.db.kysely, org.id)).firstBreak).toMatchObject({ seq: 4, reason: 'head-mismatch' });
    await h.db.kysely.deleteFrom('audit_log').where('org_id', '=', org.id).where('seq', '=', 2).execute();
    expect((await verifyAuditChain(h.db.kysely, org.id)).firstBreak).toMatchObject({ seq: 2, reason: 'missing-entry' });
  });

  it('detects a rewritten chain whose hashes were recomputed from a point on but not its link', async () => {
    const s = store();
    const org = await buildOrganization(s);
    await record(s, org.id, 3);
    await h.db.kysely.updateTable('audit_log').set({ prev_hash: 'f'.repeat(64) })
      .where('org_id', '=', org.id).where('seq', '=', 2).execute();
    expect((await verifyAuditChain(h.db.kysely, org.id)).firstBreak).toMatchObject({ seq: 2, reason: 'broken-link' });
  });

  // Two pools on PostgreSQL (as two instances would be); on SQLite one process has one
  // connection, whose transactions Kysely serializes (a second in-process connection would
  // block the event loop in its busy handler while the first waits on it).
  it('never forks under concurrent writers', async () => {
    const s1 = store();
    const org = await buildOrganization(s1);
    const second = h.dialect === 'postgres' ? connect(h.connectOptions) : h.db;
    const s2 = createStore(second, systemClock, randomIds);
    try {
      const writes = Array.from({ length: 40 }, (_, i) => (i % 2 ? s1 : s2).transaction((tx) =>
        tx.audit.record(org.id, { kind: 'person.updated', actorId: null, subjectId: `p${i}`, data: { fields: ['role'] } })));
      await Promise.all(writes);
    } finally {
      if (second !== h.db) await second.destroy();
    }
    expect(await verifyAuditChain(h.db.kysely, org.id)).toMatchObject({ ok: true, entries: 40 });
  });

  it('records the events a workflow returned, with their own time', async () => {
    const s = store();
    const org = await buildOrganization(s);
    const e = auditEvent('approval.withdrawn', { orgId: org.id, actorId: 'p1', at: '2026-11-21T10:00:00-05:00', subjectId: 'a1' }, {});
    await s.transaction((tx) => tx.audit.recordAll([e]));
    const row = await h.db.kysely.selectFrom('audit_log').selectAll().where('org_id', '=', org.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'approval.withdrawn', at: '2026-11-21T15:00:00.000Z', subject_id: 'a1' });
    expect((await verifyAuditChain(h.db.kysely, org.id)).ok).toBe(true);
  });

  it('exports a range as CSV and JSON', async () => {
    const s = store();
    const org = await buildOrganization(s);
    await record(s, org.id, 3);
    let csv = '';
    expect(await exportAudit(h.db.kysely, { orgId: org.id, from: '2000-01-01' }, 'csv', (c) => { csv += c; })).toBe(3);
    expect(csv.split('\n')[0]).toBe('orgId,seq,id,kind,actorId,subjectId,data,at,prevHash,hash');
    expect(csv.trim().split('\n')).toHaveLength(4);
    let json = '';
    await exportAudit(h.db.kysely, { orgId: org.id }, 'json', (c) => { json += c; });
    expect((JSON.parse(json) as unknown[]).length).toBe(3);
    let none = '';
    expect(await exportAudit(h.db.kysely, { orgId: org.id, to: '2000-01-01' }, 'json', (c) => { none += c; })).toBe(0);
    expect(JSON.parse(none)).toEqual([]);
  });
});
