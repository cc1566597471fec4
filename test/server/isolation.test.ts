/**
 * Every endpoint, two proofs: a role the policy does not allow is refused (403), and a
 * record of another organization is not found (404) — whatever the caller's role.
 */
import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/dialects.js';
import { useApi, type Caller, type OrgFixture } from './harness.js';

interface Ids { personId: string; rosterId: string; tokenId: string; checkId: string }
type Who = 'admin' | 'supervisor' | 'staff';
interface Case {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly url: (ids: Ids) => string;
  readonly body?: (n: number) => unknown;
  /** Roles refused (403) in their own organization. */
  readonly denied: readonly Who[];
  /** Whether the URL names a record, so that another organization's record must be 404. */
  readonly record: boolean;
}

const CASES: readonly Case[] = [
  { name: 'list people', method: 'GET', url: () => '/api/people', denied: [], record: false },
  { name: 'add person', method: 'POST', url: () => '/api/people', body: (n) => ({ email: `m${n}@x.org`, name: 'M', role: 'staff' }), denied: ['supervisor', 'staff'], record: false },
  { name: 'read person', method: 'GET', url: (i) => `/api/people/${i.personId}`, denied: [], record: true },
  { name: 'edit person', method: 'PATCH', url: (i) => `/api/people/${i.personId}`, body: () => ({ name: 'Renamed' }), denied: ['supervisor', 'staff'], record: true },
  { name: 'list roster', method: 'GET', url: () => '/api/roster', denied: ['staff'], record: false },
  { name: 'add roster entry', method: 'POST', url: () => '/api/roster', body: (n) => ({ name: `Client ${n}` }), denied: ['supervisor', 'staff'], record: false },
  { name: 'read roster entry', method: 'GET', url: (i) => `/api/roster/${i.rosterId}`, denied: ['staff'], record: true },
  { name: 'edit roster entry', method: 'PATCH', url: (i) => `/api/roster/${i.rosterId}`, body: () => ({ aliases: ['Z'] }), denied: ['supervisor', 'staff'], record: true },
  { name: 'archive roster entry', method: 'DELETE', url: (i) => `/api/roster/${i.rosterId}`, denied: ['supervisor', 'staff'], record: true },
  { name: 'list tokens', method: 'GET', url: () => '/api/tokens', denied: ['supervisor', 'staff'], record: false },
  { name: 'create token', method: 'POST', url: () => '/api/tokens', body: () => ({ name: 't' }), denied: ['supervisor', 'staff'], record: false },
  { name: 'revoke token', method: 'DELETE', url: (i) => `/api/tokens/${i.tokenId}`, denied: ['supervisor', 'staff'], record: true },
  { name: 'read audit', method: 'GET', url: () => '/api/audit', denied: ['supervisor', 'staff'], record: false },
  { name: 'verify audit', method: 'GET', url: () => '/api/audit/verify', denied: ['supervisor', 'staff'], record: false },
  { name: 'screen activity', method: 'POST', url: () => '/api/checks', body: () => ({ action: 'post', channel: 'personal', text: 'hi' }), denied: [], record: false },
  { name: 'list checks', method: 'GET', url: () => '/api/checks', denied: [], record: false },
  { name: 'read check', method: 'GET', url: (i) => `/api/checks/${i.checkId}`, denied: [], record: true },
  { name: 'read organization', method: 'GET', url: () => '/api/organization', denied: [], record: false },
];

describeEachDialect('API authorization and tenant isolation', (h) => {
  const api = useApi(h);
  let n = 0;

  async function idsOf(org: OrgFixture): Promise<Ids> {
    const roster = await api.server.inject({ method: 'POST', url: '/api/roster', headers: org.admin.headers, payload: { name: 'Secret Client' } });
    const token = await api.server.inject({ method: 'POST', url: '/api/tokens', headers: org.admin.headers, payload: { name: 'x' } });
    const check = await api.server.inject({ method: 'POST', url: '/api/checks', headers: org.staff.headers, payload: { action: 'like', channel: 'personal' } });
    return { personId: org.staff.id, rosterId: roster.json<{ id: string }>().id, tokenId: token.json<{ id: string }>().id, checkId: check.json<{ id: string }>().id };
  }

  const call = (c: Case, caller: Caller, ids: Ids) => {
    n += 1;
    return api.server.inject({ method: c.method, url: c.url(ids), headers: caller.headers, ...(c.body ? { payload: c.body(n) as object } : {}) });
  };

  for (const c of CASES) {
    it(`${c.method} ${c.name}: roles allowed and refused`, async () => {
      const ids = await idsOf(api.a);
      for (const who of ['admin', 'supervisor', 'staff'] as const) {
        const res = await call(c, api.a[who], ids);
        if (c.denied.includes(who)) expect(res.json(), `${who}`).toMatchObject({ status: 403, code: 'forbidden' });
        else expect(res.statusCode, `${who}: ${res.body}`).toBeLessThan(300);
      }
    });

    if (c.record) {
      it(`${c.method} ${c.name}: another organization's record is not found`, async () => {
        const ids = await idsOf(api.a);
        for (const who of ['admin', 'supervisor', 'staff'] as const) {
          const res = await call(c, api.b[who], ids);
          expect(res.json(), `${who}`).toMatchObject({ status: 404, code: 'not_found' });
        }
      });
    }
  }

  it("lists never contain another organization's records", async () => {
    await idsOf(api.b);
    for (const url of ['/api/checks?limit=200', '/api/people?limit=200', '/api/roster?limit=200', '/api/tokens?limit=200', '/api/audit?limit=500']) {
      const res = await api.server.inject({ url, headers: api.a.admin.headers });
      const text = res.body;
      expect(text).not.toContain(api.b.staff.id);
      expect(text).not.toContain(api.b.slug);
    }
  });
});
