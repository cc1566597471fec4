/**
 * `postwise demo` end to end, on SQLite and PostgreSQL: a real process fills the database, then
 * the API signs in with what it printed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app/create-app.js';
import { DEMO_CASTS, DEMO_CLIENTS_PER_ORGANIZATION } from '../../../src/app/demo/demo-cast.js';
import { toView } from '../../../src/app/roster/roster-entry.js';
import { verifyAuditChain } from '../../../src/audit/verify.js';
import { parseConfig } from '../../../src/config/config.js';
import { ROLES } from '../../../src/engine/contract/enums.js';
import { buildServer } from '../../../src/server/build-server.js';
import type { ApiServer } from '../../../src/server/types.js';
import { describeEachDialect } from '../../store/dialects.js';
import { postwise, TEST_KEY } from './run-postwise.js';

interface Row { org: string; email: string; role: string; password: string }

/** The credentials table as printed: organization, email, role (admin), password. */
function credentialsOf(stdout: string): Row[] {
  return [...stdout.matchAll(/^(demo-\S+) +(\S+@\S+) +([a-z-]+)(?: \(admin\))? +(\S+)$/gm)]
    .map(([, org = '', email = '', role = '', password = '']) => ({ org, email, role, password }));
}

describeEachDialect('postwise demo', (h) => {
  let app: App;
  let server: ApiServer;
  const demo = (...args: string[]) => postwise(h, ['demo', ...args], undefined, 180_000);
  const signIn = async (r: Row, password = r.password) =>
    (await server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { organization: r.org, email: r.email, password } })).statusCode;
  const count = async (table: 'people' | 'roster_entries' | 'approval_requests' | 'consents' | 'incidents' | 'access_grants' | 'official_accounts', orgId: string) =>
    (await app.store.db.kysely.selectFrom(table).select('id').where('org_id', '=', orgId).execute()).length;

  beforeAll(async () => {
    const config = parseConfig({ POSTWISE_KEY: TEST_KEY, POSTWISE_DATA_DIR: h.connectOptions.dataDir });
    // SQLite: the command line's own file in the data directory, not the harness's.
    app = await createApp(config, h.dialect === 'postgres' ? { db: h.db } : {});
    server = await buildServer(app, { limits: { signInPerMinute: 1_000 } });
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  let printed: Row[] = [];

  it('creates one organization per pack with every role, supervisors, an encrypted roster and the workflows; the chain verifies', async () => {
    const first = await demo();
    expect(first.code, first.stderr).toBe(0);
    printed = credentialsOf(first.stdout);
    expect(printed).toHaveLength(DEMO_CASTS.length * ROLES.length);
    expect(first.stdout).toMatch(/curl .*http:\/\/localhost:3000\/api\/auth\/sign-in/);

    const orgs = (await app.store.organizations.list()).filter((o) => o.slug.startsWith('demo-'));
    expect(orgs.map((o) => [o.slug, o.pack_id]).sort()).toEqual(DEMO_CASTS.map((c) => [c.slug, c.packId]).sort());
    for (const org of orgs) {
      const people = await app.store.db.kysely.selectFrom('people').selectAll().where('org_id', '=', org.id).execute();
      expect(people.map((p) => p.role).sort()).toEqual([...ROLES].sort());
      const byId = new Map(people.map((p) => [p.id, p]));
      const staff = people.find((p) => p.role === 'staff');
      expect(byId.get(staff?.supervisor_id ?? '')?.role).toBe('supervisor');
      expect(people.filter((p) => p.supervisor_id !== null).length).toBeGreaterThanOrEqual(8);

      const roster = await app.store.roster.allActive(org.id);
      expect(roster).toHaveLength(DEMO_CLIENTS_PER_ORGANIZATION);
      const entry = roster[0];
      if (!entry) throw new Error('empty roster');
      const { name } = toView(app.keyring, entry);
      expect(entry.personal).not.toContain(name.split(' ')[0]);

      expect(await count('approval_requests', org.id)).toBe(2);
      expect(await count('consents', org.id)).toBe(2);
      expect(await count('incidents', org.id)).toBe(2);
      expect(await count('access_grants', org.id)).toBe(1);
    }
    expect(await verifyAuditChain(app.store.db.kysely)).toMatchObject({ ok: true });
  }, 240_000);

  it('signs in through the API with every printed credential', async () => {
    expect(printed.length).toBeGreaterThan(0);
    for (const row of printed) expect(await signIn(row), `${row.org} ${row.email}`).toBe(200);
  }, 120_000);

  it('a second run adds nothing and says the demo exists; --reset gives new passwords', async () => {
    const [org] = (await app.store.organizations.list()).filter((o) => o.slug === 'demo-iwso');
    if (!org) throw new Error('no demo-iwso');
    const before = await Promise.all((['people', 'roster_entries', 'approval_requests', 'incidents'] as const).map((t) => count(t, org.id)));

    const again = await demo();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/demo exists already/);
    expect(credentialsOf(again.stdout)).toEqual([]);
    expect(await Promise.all((['people', 'roster_entries', 'approval_requests', 'incidents'] as const).map((t) => count(t, org.id)))).toEqual(before);

    const weak = await demo('--reset', '--password', 'short1');
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/at least 12 characters/);

    const reset = await demo('--reset');
    expect(reset.code, reset.stderr).toBe(0);
    const renewed = credentialsOf(reset.stdout);
    expect(renewed).toHaveLength(printed.length);
    const old = printed.find((r) => r.org === 'demo-iwso' && r.role === 'staff');
    const fresh = renewed.find((r) => r.org === 'demo-iwso' && r.role === 'staff');
    if (!old || !fresh) throw new Error('no iwso staff member printed');
    expect(fresh.password).not.toBe(old.password);
    expect(await signIn(fresh)).toBe(200);
    expect(await signIn(fresh, old.password)).toBe(401);
    expect(await verifyAuditChain(app.store.db.kysely)).toMatchObject({ ok: true });
  }, 240_000);
});
