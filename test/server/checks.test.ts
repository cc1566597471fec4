import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/dialects.js';
import { useApi } from './harness.js';

interface CheckReply { id: string; verdict: string; findings: { category: string; span?: [number, number] }[] }

describeEachDialect('API checks', (h) => {
  const api = useApi(h);
  const post = (headers: Record<string, string>, text: string) => api.server.inject({
    method: 'POST', url: '/api/checks', headers, payload: { action: 'post', channel: 'personal', text },
  });

  it('screens against the roster read from the store, and sees roster changes at once', async () => {
    const before = await post(api.a.staff.headers, 'Had coffee with Zofia Wiśniewska today');
    expect(before.statusCode).toBe(201);
    expect(before.json<CheckReply>().findings.map((f) => f.category)).not.toContain('client-identification');

    await api.server.inject({ method: 'POST', url: '/api/roster', headers: api.a.admin.headers, payload: { name: 'Zofia Wiśniewska', ref: 'z1' } });
    const after = await post(api.a.staff.headers, 'Had coffee with Zofia Wiśniewska today');
    const reply = after.json<CheckReply>();
    expect(reply.verdict).toBe('block');
    expect(reply.findings.find((f) => f.category === 'client-identification')?.span).toEqual([16, 32]);

    // Another organization's roster is never matched.
    const other = await post(api.b.staff.headers, 'Had coffee with Zofia Wiśniewska today');
    expect(other.json<CheckReply>().findings.map((f) => f.category)).not.toContain('client-identification');
  });

  it('stores the check with the caller as author, audits it, and lets only the author and managers read it', async () => {
    const res = await api.server.inject({ method: 'POST', url: '/api/checks', headers: api.a.staff.headers,
      payload: { action: 'post', channel: 'personal', text: 'hello', author: { id: 'someone-else', role: 'executive-director' } } });
    const { id } = res.json<CheckReply>();
    const mine = await api.server.inject({ url: `/api/checks/${id}`, headers: api.a.staff.headers });
    expect(mine.json()).toMatchObject({ personId: api.a.staff.id, activity: { author: { id: api.a.staff.id, role: 'staff' } } });
    expect((await api.server.inject({ url: `/api/checks/${id}`, headers: api.a.supervisor.headers })).statusCode).toBe(200);
    const colleague = await api.signIn(api.a.slug, `admin@${api.a.slug}.org`);
    expect((await api.server.inject({ url: `/api/checks/${id}`, headers: colleague.headers })).statusCode).toBe(200);
    expect((await api.server.inject({ url: `/api/checks/${id}`, headers: api.b.admin.headers })).json()).toMatchObject({ status: 404 });
    const audit = await h.db.kysely.selectFrom('audit_log').selectAll().where('subject_id', '=', id).executeTakeFirstOrThrow();
    expect(audit.kind).toBe('check.performed');
    expect(audit.data).not.toContain('hello');
  });

  it("lists one's own checks; managers may list anyone's; staff may not list others'", async () => {
    const own = await api.server.inject({ url: '/api/checks?limit=200', headers: api.a.staff.headers });
    const items = own.json<{ items: { personId: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.personId === api.a.staff.id)).toBe(true);
    const others = await api.server.inject({ url: `/api/checks?personId=${api.a.supervisor.id}`, headers: api.a.staff.headers });
    expect(others.json()).toMatchObject({ status: 403 });
    const byManager = await api.server.inject({ url: `/api/checks?personId=${api.a.staff.id}`, headers: api.a.supervisor.headers });
    expect(byManager.statusCode).toBe(200);
  });

  it('group-commits concurrent checks: every one stored with its audit entry, chain intact', async () => {
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => post(i % 2 ? api.a.staff.headers : api.b.staff.headers, `batch ${i}`)));
    expect(replies.filter((r) => r.statusCode !== 201).map((r) => r.body)).toEqual([]);
    const ids = replies.map((r) => r.json<CheckReply>().id);
    const stored = await h.db.kysely.selectFrom('checks').select('id').where('id', 'in', ids).execute();
    expect(stored).toHaveLength(60);
    const audited = await h.db.kysely.selectFrom('audit_log').select('subject_id').where('subject_id', 'in', ids).execute();
    expect(audited).toHaveLength(60);
    const { verifyAuditChain } = await import('../../src/audit/verify.js');
    expect((await verifyAuditChain(h.db.kysely)).ok).toBe(true);
  });

  it('authenticates concurrent checks by API token each as its own person, and refuses a revoked or unknown token among them', async () => {
    const token = async (org: typeof api.a, personId: string): Promise<{ id: string; token: string }> =>
      (await api.server.inject({ method: 'POST', url: '/api/tokens', headers: org.admin.headers, payload: { name: 'integration', personId } })).json();
    const aStaff = await token(api.a, api.a.staff.id);
    const bStaff = await token(api.b, api.b.staff.id);
    const revoked = await token(api.a, api.a.supervisor.id);
    await api.server.inject({ method: 'DELETE', url: `/api/tokens/${revoked.id}`, headers: api.a.admin.headers });
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    const callers = [aStaff.token, bStaff.token, revoked.token, 'pwt_unknown', aStaff.token, bStaff.token];
    const replies = await Promise.all(callers.map((t, i) => post(bearer(t), `token check ${i}`)));
    expect(replies.map((r) => r.statusCode)).toEqual([201, 201, 401, 401, 201, 201]);
    const ids = [0, 1, 4, 5].map((i) => replies[i]?.json<CheckReply>().id ?? '');
    const stored = await h.db.kysely.selectFrom('checks').select(['id', 'org_id', 'person_id']).where('id', 'in', ids).execute();
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(ids.map((id) => byId.get(id)?.person_id)).toEqual([api.a.staff.id, api.b.staff.id, api.a.staff.id, api.b.staff.id]);
    expect(ids.map((id) => byId.get(id)?.org_id)).toEqual([api.a.id, api.b.id, api.a.id, api.b.id]);
  });

  it('refuses unknown activity fields, naming them', async () => {
    const res = await api.server.inject({ method: 'POST', url: '/api/checks', headers: api.a.staff.headers, payload: { action: 'post', channel: 'personal', colour: 'red' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ detail: string }>().detail).toMatch(/colour/);
  });

  it('replays a check retried with the same idempotency key instead of storing it twice', async () => {
    const headers = { ...api.a.staff.headers, 'idempotency-key': 'check-1' };
    const payload = { action: 'post', channel: 'personal', text: 'same' };
    const a = await api.server.inject({ method: 'POST', url: '/api/checks', headers, payload });
    const b = await api.server.inject({ method: 'POST', url: '/api/checks', headers, payload });
    expect(b.json<CheckReply>().id).toBe(a.json<CheckReply>().id);
  });
});

describeEachDialect('API checks rate limit', (h) => {
  const api = useApi(h, { checksPerMinute: 2 });
  it('answers 429 past the per-person limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      codes.push((await api.server.inject({ method: 'POST', url: '/api/checks', headers: api.a.staff.headers, payload: { action: 'like', channel: 'personal' } })).statusCode);
    }
    expect(codes).toEqual([201, 201, 429]);
  });
});
