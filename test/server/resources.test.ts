import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/dialects.js';
import { useApi } from './harness.js';

describeEachDialect('API resources', (h) => {
  const api = useApi(h);

  it('adds people with idempotency keys: a retry replays, another body conflicts', async () => {
    const headers = { ...api.a.admin.headers, 'idempotency-key': 'add-ann-1' };
    const payload = { email: 'ann@x.org', name: 'Ann', role: 'staff' };
    const first = await api.server.inject({ method: 'POST', url: '/api/people', headers, payload });
    const retry = await api.server.inject({ method: 'POST', url: '/api/people', headers, payload });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    const other = await api.server.inject({ method: 'POST', url: '/api/people', headers, payload: { ...payload, email: 'bob@x.org' } });
    expect(other.json()).toMatchObject({ status: 422, code: 'idempotency_conflict' });
  });

  it('frees an idempotency key whose request died before answering', async () => {
    const headers = { ...api.a.admin.headers, 'idempotency-key': 'died-1' };
    const payload = { email: 'died@x.org', name: 'D', role: 'staff' };
    const { sha256Hex } = await import('../../src/crypto/tokens.js');
    const { canonicalJson } = await import('../../src/audit/chain.js');
    await api.app.store.idempotency.save({ org_id: api.a.id, person_id: api.a.admin.id, key: 'died-1',
      fingerprint: sha256Hex(`POST /api/people ${canonicalJson({ ...payload, admin: false })}`), status_code: 0, response: '', created_at: api.clock.now().toISOString() });
    expect((await api.server.inject({ method: 'POST', url: '/api/people', headers, payload })).json()).toMatchObject({ status: 409, field: 'idempotency-key' });
    api.clock.advance(120_000);
    expect((await api.server.inject({ method: 'POST', url: '/api/people', headers, payload })).statusCode).toBe(201);
  });

  it('names the field at fault', async () => {
    const res = await api.server.inject({ method: 'POST', url: '/api/people', headers: api.a.admin.headers, payload: { email: 'nope', name: 'X', role: 'staff' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation', field: 'email' });
    const unknownField = await api.server.inject({ method: 'POST', url: '/api/people', headers: api.a.admin.headers, payload: { email: 'a@b.org', name: 'X', role: 'staff', salary: 1 } });
    expect(unknownField.json<{ detail: string }>().detail).toMatch(/salary/);
    const query = await api.server.inject({ url: '/api/people?limit=0', headers: api.a.admin.headers });
    expect(query.json()).toMatchObject({ code: 'validation', field: 'querystring.limit' });
  });

  it('paginates lists', async () => {
    for (let i = 0; i < 3; i += 1) {
      api.clock.advance(1_000);
      await api.server.inject({ method: 'POST', url: '/api/people', headers: api.a.admin.headers, payload: { email: `page${i}@x.org`, name: `Page ${i}`, role: 'volunteer' } });
    }
    const first = await api.server.inject({ url: '/api/people?role=volunteer&limit=2', headers: api.a.staff.headers });
    const page1 = first.json<{ items: { name: string }[]; nextCursor: string }>();
    expect(page1.items.map((p) => p.name)).toEqual(['Page 0', 'Page 1']);
    const second = await api.server.inject({ url: `/api/people?role=volunteer&limit=2&cursor=${page1.nextCursor}`, headers: api.a.staff.headers });
    expect(second.json()).toMatchObject({ items: [{ name: 'Page 2' }], nextCursor: null });
    const bad = await api.server.inject({ url: '/api/people?cursor=zzz', headers: api.a.staff.headers });
    expect(bad.json()).toMatchObject({ status: 400, field: 'cursor' });
  });

  it('keeps roster names encrypted at rest and shows them decrypted to admins', async () => {
    const res = await api.server.inject({ method: 'POST', url: '/api/roster', headers: api.a.admin.headers,
      payload: { name: 'Amélie Gagnon', aliases: ['Amy'], ref: 'c12', minorUnderYouthProtection: true } });
    expect(res.statusCode).toBe(201);
    const entry = res.json<{ id: string; name: string }>();
    expect(entry).toMatchObject({ name: 'Amélie Gagnon', kind: 'client', minorUnderYouthProtection: true });
    const row = await h.db.kysely.selectFrom('roster_entries').selectAll().where('id', '=', entry.id).executeTakeFirstOrThrow();
    // The ciphertext is random base64url: a three-letter alias may turn up in it by chance, so it is checked apart.
    const { personal, ...clear } = row;
    expect(JSON.stringify(clear)).not.toMatch(/Amélie|Gagnon|Amy/);
    expect(personal).toMatch(/^v1\./);
    expect(personal).not.toMatch(/Amélie|Gagnon/);
    const edited = await api.server.inject({ method: 'PATCH', url: `/api/roster/${entry.id}`, headers: api.a.admin.headers, payload: { aliases: ['Mimi'] } });
    expect(edited.json()).toMatchObject({ name: 'Amélie Gagnon', aliases: ['Mimi'] });
    const archived = await api.server.inject({ method: 'DELETE', url: `/api/roster/${entry.id}`, headers: api.a.admin.headers });
    expect(archived.json<{ archivedAt: string | null }>().archivedAt).not.toBeNull();
    const list = await api.server.inject({ url: '/api/roster', headers: api.a.supervisor.headers });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('imports a roster from CSV through the API (admins), all rows or none', async () => {
    const csv = 'name,ref,kind,aliases\nNour Haddad,n1,client,Nounou\nKofi Mensah,k1,client-family,\n';
    const res = await api.server.inject({ method: 'POST', url: '/api/roster/import', headers: { ...api.a.admin.headers, 'content-type': 'text/csv' }, payload: csv });
    expect(res.json()).toEqual({ created: 2, updated: 0 });
    const bad = await api.server.inject({ method: 'POST', url: '/api/roster/import', headers: { ...api.a.admin.headers, 'content-type': 'text/csv' }, payload: 'name,kind\nX,alien\n' });
    expect(bad.json()).toMatchObject({ status: 400, field: 'rows.0' });
    const staff = await api.server.inject({ method: 'POST', url: '/api/roster/import', headers: { ...api.a.staff.headers, 'content-type': 'text/csv' }, payload: csv });
    expect(staff.statusCode).toBe(403);
  });

  it('lets integrations use API tokens without CSRF, until revoked', async () => {
    const created = await api.server.inject({ method: 'POST', url: '/api/tokens', headers: api.a.admin.headers, payload: { name: 'intranet', personId: api.a.staff.id } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    const auth = { authorization: `Bearer ${token}` };
    expect((await api.server.inject({ url: '/api/auth/session', headers: auth })).json()).toMatchObject({ person: { id: api.a.staff.id } });
    const check = { action: 'post', channel: 'personal', platform: 'facebook', text: 'Lovely day at the park.' };
    expect((await api.server.inject({ method: 'POST', url: '/api/checks', headers: auth, payload: check })).statusCode).toBe(201);
    const stored = await h.db.kysely.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect((await api.server.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: api.a.admin.headers })).statusCode).toBe(200);
    expect((await api.server.inject({ url: '/api/auth/session', headers: auth })).statusCode).toBe(401);
    // Screening reads the organization in the token's own statement: a revoked token is refused there too.
    expect((await api.server.inject({ method: 'POST', url: '/api/checks', headers: auth, payload: check })).statusCode).toBe(401);
  });

  it('shows admins an audit trail that verifies', async () => {
    const list = await api.server.inject({ url: '/api/audit?limit=5', headers: api.a.admin.headers });
    expect(list.json<{ items: { kind: string }[] }>().items.length).toBe(5);
    const verify = await api.server.inject({ url: '/api/audit/verify', headers: api.a.admin.headers });
    expect(verify.json()).toMatchObject({ ok: true, firstBreak: null });
  });

  it('caps request bodies and answers unknown routes with problems', async () => {
    const big = await api.server.inject({ method: 'POST', url: '/api/people', headers: { ...api.a.admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.org', name: 'x'.repeat(2_000_000), role: 'staff' }) });
    expect(big.json()).toMatchObject({ status: 413, code: 'payload_too_large' });
    const none = await api.server.inject({ url: '/api/nothing', headers: api.a.admin.headers });
    expect(none.json()).toMatchObject({ status: 404, code: 'not_found' });
  });
});
