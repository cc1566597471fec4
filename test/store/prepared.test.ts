import { sql, type Insertable } from 'kysely';
import { expect, it } from 'vitest';
import { randomIds, systemClock } from '../../src/app/ports.js';
import { connect } from '../../src/store/connect.js';
import { preparedQuery } from '../../src/store/prepared.js';
import type { PersonTable } from '../../src/store/schema.js';
import { createStore } from '../../src/store/store.js';
import { describeEachDialect } from './dialects.js';
import { buildOrganization, buildPerson } from './factories.js';

describeEachDialect('prepared queries', (h) => {
  it('builds once per shape of its arguments and runs with each call\'s values, on the pool and in transactions', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const a = await buildPerson(store, org.id, { name: 'Ada' });
    const b = await buildPerson(store, org.id, { name: 'Bo' });
    let builds = 0;
    const names = preparedQuery((db, q: { orgId: string; ids: string[] }) => {
      builds += 1;
      return db.selectFrom('people').select('name').where('org_id', '=', q.orgId).where('id', 'in', q.ids).orderBy('name');
    });
    const run = async (ids: string[]) => (await names.run(h.db.kysely, { orgId: org.id, ids })).rows.map((r) => r.name);
    expect(await run([a.id])).toEqual(['Ada']);
    expect(await run([b.id])).toEqual(['Bo']);
    expect(builds).toBe(1);
    expect(await run([a.id, b.id])).toEqual(['Ada', 'Bo']);
    expect(builds).toBe(2);
    const inTx = await h.db.kysely.transaction().execute(async (tx) => (await names.run(tx, { orgId: org.id, ids: [b.id] })).rows);
    expect(inTx).toEqual([{ name: 'Bo' }]);
    expect(builds).toBe(2);
  });

  it('leaves out undefined values as Kysely does, and refuses a value that did not become a parameter', async () => {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    // Rows as a caller with optional fields builds them; the columns left out take their defaults.
    const insert = preparedQuery((db, q: { rows: Record<string, string | undefined>[] }) =>
      db.insertInto('people').values(q.rows as unknown as Insertable<PersonTable>[]));
    const now = new Date().toISOString();
    await insert.run(h.db.kysely, { rows: [{ id: `${org.id}-p`, org_id: org.id, email: 'p@x.org', name: 'P', role: 'staff', created_at: now, supervisor_id: undefined }] });
    expect(await h.db.kysely.selectFrom('people').select(['name', 'is_admin']).where('id', '=', `${org.id}-p`).execute()).toEqual([{ name: 'P', is_admin: 0 }]);

    // Rows of one shape in any key order, and rows of several shapes, each value in its column.
    const rows = (suffix: string, n: number) => Array.from({ length: n }, (_, i) => (i % 2
      ? { id: `${org.id}-${suffix}${i}`, org_id: org.id, email: `${suffix}${i}@x.org`, name: `${suffix}${i}`, role: 'staff', created_at: now }
      : { created_at: now, role: 'supervisor', name: `${suffix}${i}`, email: `${suffix}${i}@x.org`, org_id: org.id, id: `${org.id}-${suffix}${i}` }));
    await insert.run(h.db.kysely, { rows: rows('q', 3) });
    await insert.run(h.db.kysely, { rows: [...rows('r', 2), { id: `${org.id}-r9`, org_id: org.id, email: 'r9@x.org', name: 'r9', role: 'staff', created_at: now, supervisor_id: `${org.id}-p` }] });
    const stored = await h.db.kysely.selectFrom('people').select(['id', 'email', 'name', 'role', 'supervisor_id']).where('org_id', '=', org.id)
      .where('name', '!=', 'P').orderBy('name').execute();
    expect(stored.map((p) => [p.name, p.email, p.role, p.supervisor_id])).toEqual([
      ['q0', 'q0@x.org', 'supervisor', null], ['q1', 'q1@x.org', 'staff', null], ['q2', 'q2@x.org', 'supervisor', null],
      ['r0', 'r0@x.org', 'supervisor', null], ['r1', 'r1@x.org', 'staff', null], ['r9', 'r9@x.org', 'staff', `${org.id}-p`],
    ]);

    const raw = preparedQuery((db, q: { column: string }) => db.selectFrom('people').select(sql.raw<string>(q.column).as('x')));
    expect(() => raw.run(h.db.kysely, { column: 'name' })).toThrow(/did not become a parameter/);
  });

  it.skipIf(h.dialect !== 'postgres')('runs as a named statement that the PostgreSQL server prepared once per connection', async () => {
    const one = connect({ ...h.connectOptions, poolSize: 1 });
    try {
      const count = preparedQuery((db, q: { slug: string }) => db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).where('slug', '=', q.slug));
      await count.run(one.kysely, { slug: 'a' });
      await count.run(one.kysely, { slug: 'b' });
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(one.kysely);
      expect(prepared.rows.filter((r) => r.statement.includes('count(*)') && r.statement.includes('"slug" = $1'))).toHaveLength(1);
    } finally {
      await one.destroy();
    }
  });
});
