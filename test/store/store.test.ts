import { describe, expect, it } from 'vitest';
import { fixedClock, randomIds } from '../../src/app/ports.js';
import { InvalidCursorError } from '../../src/store/pagination.js';
import { createStore } from '../../src/store/store.js';
import { describeEachDialect } from './dialects.js';
import { buildOrganization, buildPerson } from './factories.js';

describeEachDialect('store', (h) => {
  const clock = fixedClock('2026-11-21T15:00:00Z');
  const store = () => createStore(h.db, clock, randomIds);

  it('migrates idempotently', async () => {
    const { migrateToLatest } = await import('../../src/store/migrate.js');
    expect((await migrateToLatest(h.db)).applied).toEqual([]);
  });

  it('keeps people scoped by organization', async () => {
    const s = store();
    const a = await buildOrganization(s);
    const b = await buildOrganization(s);
    const p = await buildPerson(s, a.id, { email: 'Same@Example.org' });
    await buildPerson(s, b.id, { email: 'same@example.org' });
    expect(await s.people.byId(a.id, p.id)).toMatchObject({ email: 'same@example.org' });
    expect(await s.people.byId(b.id, p.id)).toBeUndefined();
    expect((await s.people.byEmail(b.id, 'SAME@example.org'))?.org_id).toBe(b.id);
  });

  it('paginates with stable cursors', async () => {
    const s = store();
    const org = await buildOrganization(s);
    for (let i = 0; i < 5; i += 1) {
      clock.advance(1000);
      await buildPerson(s, org.id, { name: `P${i}`, created_at: clock.now().toISOString() });
    }
    const first = await s.people.list(org.id, { limit: 2 });
    expect(first.items.map((p) => p.name)).toEqual(['P0', 'P1']);
    const second = await s.people.list(org.id, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((p) => p.name)).toEqual(['P2', 'P3']);
    const third = await s.people.list(org.id, { limit: 2, cursor: second.nextCursor ?? undefined });
    expect(third.items.map((p) => p.name)).toEqual(['P4']);
    expect(third.nextCursor).toBeNull();
    await expect(s.people.list(org.id, { limit: 2, cursor: 'nope' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('rolls back a transaction with its audit entries', async () => {
    const s = store();
    const org = await buildOrganization(s);
    const before = await s.db.kysely.selectFrom('audit_log').select('seq').where('org_id', '=', org.id).execute();
    await expect(s.transaction(async (tx) => {
      await tx.audit.record(org.id, { kind: 'person.archived', actorId: null, subjectId: 'x', data: {} });
      throw new Error('boom');
    })).rejects.toThrow('boom');
    const after = await s.db.kysely.selectFrom('audit_log').select('seq').where('org_id', '=', org.id).execute();
    expect(after.length).toBe(before.length);
  });

  it('stores idempotent replies once', async () => {
    const s = store();
    const row = { org_id: 'o', person_id: 'p', key: 'k', fingerprint: 'f', status_code: 201, response: '{}', created_at: 'now' };
    expect(await s.idempotency.save(row)).toBe(true);
    expect(await s.idempotency.save({ ...row, response: '{"b":1}' })).toBe(false);
    expect((await s.idempotency.find('o', 'p', 'k'))?.response).toBe('{}');
  });
});

describe('dialect harness', () => {
  it('is declared for both dialects', () => expect(true).toBe(true));
});
