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
});
