import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { groupCommitWriter, type CheckWrite } from '../../../src/app/checks/check-writer.js';
import { randomIds, systemClock } from '../../../src/app/ports.js';
import { verifyAuditChain } from '../../../src/audit/verify.js';
import { createStore, type Store } from '../../../src/store/store.js';
import { describeEachDialect } from '../../store/dialects.js';
import { buildOrganization, buildPerson } from '../../store/factories.js';

function checkOf(orgId: string, personId: string): CheckWrite {
  const id = randomUUID();
  return {
    check: { id, org_id: orgId, person_id: personId, verdict: 'allow', activity: '{}', result: '{}', created_at: new Date().toISOString() },
    event: { kind: 'check.performed', actorId: personId, subjectId: id, data: { verdict: 'allow', categories: [], packId: 'iwso', packVersion: '1' } },
  };
}

/** The store, counting the transactions it runs. */
function counting(store: Store): { store: Store; transactions: () => number } {
  let n = 0;
  return { store: { ...store, transaction: (work) => { n += 1; return store.transaction(work); } }, transactions: () => n };
}

describeEachDialect('group commit of checks', (h) => {
  it('commits checks that arrive in the same turn of the event loop in one transaction, each audited', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const person = await buildPerson(store, org.id);
    const spy = counting(store);
    const writer = groupCommitWriter(spy.store);
    const writes = Array.from({ length: 20 }, () => checkOf(org.id, person.id));
    await Promise.all(writes.map((w) => writer.write(w)));
    expect(spy.transactions()).toBe(1);
    const stored = await h.db.kysely.selectFrom('checks').select('id').where('org_id', '=', org.id).execute();
    expect(stored).toHaveLength(20);
    expect(await verifyAuditChain(h.db.kysely, org.id)).toMatchObject({ ok: true });
  });

  it('fails every check of a batch that could not commit, and stores none of them', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const person = await buildPerson(store, org.id);
    const writer = groupCommitWriter(store);
    const good = checkOf(org.id, person.id);
    const bad = checkOf('no-such-organization', person.id);
    const results = await Promise.allSettled([writer.write(good), writer.write(bad)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const stored = await h.db.kysely.selectFrom('checks').select('id').where('id', 'in', [good.check.id, bad.check.id]).execute();
    expect(stored).toEqual([]);
  });

  it('keeps one chain when another writer appends between batches (PostgreSQL: one statement per batch while the head it knows holds)', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const person = await buildPerson(store, org.id);
    const spy = counting(store);
    const writer = groupCommitWriter(spy.store);
    const batch = () => Promise.all(Array.from({ length: 5 }, () => checkOf(org.id, person.id)).map((w) => writer.write(w)));
    await batch();
    await batch();
    // Once this writer knows the chain's head, PostgreSQL stores a batch without a transaction.
    expect(spy.transactions()).toBe(h.dialect === 'postgres' ? 1 : 2);
    // Another writer (a workflow, another instance) appends: the head this writer knows is stale.
    await store.transaction((tx) => tx.audit.record(org.id, { kind: 'check.performed', actorId: null, subjectId: 'elsewhere', data: { verdict: 'allow', categories: [], packId: 'iwso', packVersion: '1' } }));
    await batch();
    await batch();
    const stored = await h.db.kysely.selectFrom('checks').select('id').where('org_id', '=', org.id).execute();
    expect(stored).toHaveLength(20);
    const entries = await h.db.kysely.selectFrom('audit_log').select('seq').where('org_id', '=', org.id).where('kind', '=', 'check.performed').execute();
    expect(entries).toHaveLength(21);
    expect(await verifyAuditChain(h.db.kysely, org.id)).toMatchObject({ ok: true });
  });

  it('stores nothing of a one-statement batch whose head another writer holds, then stores it after them', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const person = await buildPerson(store, org.id);
    const writer = groupCommitWriter(store);
    await writer.write(checkOf(org.id, person.id));
    // Another writer holds the head's lock while this writer's batch arrives, and appends before it commits.
    let release = (): void => undefined;
    const held = new Promise<void>((r) => { release = r; });
    let locked = (): void => undefined;
    const holding = new Promise<void>((r) => { locked = r; });
    const other = store.transaction(async (tx) => {
      await tx.audit.record(org.id, { kind: 'check.performed', actorId: null, subjectId: 'elsewhere', data: { verdict: 'allow', categories: [], packId: 'iwso', packVersion: '1' } });
      locked();
      await held;
    });
    if (h.dialect === 'postgres') {
      await holding;
      const mine = Promise.all(Array.from({ length: 3 }, () => writer.write(checkOf(org.id, person.id))));
      setTimeout(release, 50);
      await Promise.all([other, mine]);
    } else {
      release();
      await other;
      await Promise.all(Array.from({ length: 3 }, () => writer.write(checkOf(org.id, person.id))));
    }
    const stored = await h.db.kysely.selectFrom('checks').select('id').where('org_id', '=', org.id).execute();
    expect(stored).toHaveLength(4);
    expect(await verifyAuditChain(h.db.kysely, org.id)).toMatchObject({ ok: true });
  });
});
