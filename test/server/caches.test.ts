import { describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/ports.js';
import { VersionedCache } from '../../src/app/checks/versioned-cache.js';
import { auditEvent } from '../../src/domain/audit-events.js';
import { createStore } from '../../src/store/store.js';
import { describeEachDialect } from '../store/dialects.js';
import { buildOrganization } from '../store/factories.js';

describe('VersionedCache', () => {
  it('rebuilds only for a newer version, and shares one rebuild', async () => {
    const cache = new VersionedCache<string>();
    let loads = 0;
    const load = (v: string) => async () => { loads += 1; return v; };
    expect(await Promise.all([cache.get('o', 1, load('a')), cache.get('o', 1, load('b'))])).toEqual(['a', 'a']);
    expect(await cache.get('o', 0, load('c'))).toBe('a');
    expect(await cache.get('o', 2, load('d'))).toBe('d');
    expect(loads).toBe(2);
  });

  it('forgets a failed build', async () => {
    const cache = new VersionedCache<string>();
    await expect(cache.get('o', 1, () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await cache.get('o', 1, async () => 'ok')).toBe('ok');
  });
});

describeEachDialect('facts version', (h) => {
  it('is bumped by workflow events in their transaction, not by platform events', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const version = async () => (await store.organizations.byId(org.id))?.facts_version;
    await store.transaction((tx) => tx.audit.record(org.id, { kind: 'check.performed', actorId: null, subjectId: 'c', data: { verdict: 'allow', categories: [], packId: 'iwso', packVersion: '1' } }));
    expect(await version()).toBe(0);
    await store.transaction((tx) => tx.audit.recordAll([auditEvent('approval.withdrawn', { orgId: org.id, actorId: null, at: new Date().toISOString(), subjectId: 'a' }, {})]));
    expect(await version()).toBe(1);
    await expect(store.transaction(async (tx) => {
      await tx.audit.recordAll([auditEvent('approval.withdrawn', { orgId: org.id, actorId: null, at: new Date().toISOString(), subjectId: 'a' }, {})]);
      throw new Error('rolled back');
    })).rejects.toThrow();
    expect(await version()).toBe(1);
  });
});

describeEachDialect('housekeeping', (h) => {
  it('deletes expired sessions and old idempotency replies only', async () => {
    const { housekeeping } = await import('../../src/app/housekeeping.js');
    const { fixedClock } = await import('../../src/app/ports.js');
    const { buildPerson } = await import('../store/factories.js');
    const clock = fixedClock('2026-11-21T12:00:00Z');
    const store = createStore(h.db, clock, randomIds);
    const org = await buildOrganization(store);
    const person = await buildPerson(store, org.id);
    const session = (id: string, expires: string) => store.sessions.insert({ id, person_id: person.id, org_id: org.id, csrf_token: 'c', created_at: '2026-11-21T00:00:00.000Z', expires_at: expires });
    await session(`old-${org.id}`, '2026-11-21T11:00:00.000Z');
    await session(`live-${org.id}`, '2026-11-21T13:00:00.000Z');
    const key = (k: string, at: string) => store.idempotency.save({ org_id: org.id, person_id: person.id, key: k, fingerprint: 'f', status_code: 201, response: '{}', created_at: at });
    await key('old', '2026-11-19T12:00:00.000Z');
    await key('new', '2026-11-21T11:00:00.000Z');
    await housekeeping({ config: {} as never, store, keyring: {} as never, clock, ids: randomIds });
    expect(await store.sessions.live(`live-${org.id}`, '2026-11-21T12:00:00.000Z')).toBeDefined();
    const left = await h.db.kysely.selectFrom('sessions').select('id').where('org_id', '=', org.id).execute();
    expect(left.map((r) => r.id)).toEqual([`live-${org.id}`]);
    expect(await store.idempotency.find(org.id, person.id, 'old')).toBeUndefined();
    expect(await store.idempotency.find(org.id, person.id, 'new')).toBeDefined();
  });
});
