import { expect, it } from 'vitest';
import { describeEachDialect } from '../store/dialects.js';
import { PASSWORD, useApi } from './harness.js';

describeEachDialect('API sign-in and sessions', (h) => {
  const api = useApi(h);

  it('serves health, the OpenAPI 3.1 document and its rendered docs without sign-in', async () => {
    const health = await api.server.inject({ url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', database: h.dialect });
    const doc = await api.server.inject({ url: '/api/openapi.json' });
    expect(doc.json<{ openapi: string }>().openapi).toBe('3.1.0');
    expect(Object.keys(doc.json<{ paths: object }>().paths)).toEqual(expect.arrayContaining(['/api/people', '/api/roster', '/api/auth/sign-in']));
    expect((await api.server.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrong = await api.server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { organization: api.a.slug, email: api.a.staff.email, password: 'nope' } });
    const unknown = await api.server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { organization: api.a.slug, email: 'who@x.org', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
  });

  it('sets a secure, HTTP-only, SameSite=Strict session cookie', async () => {
    const res = await api.server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { organization: api.a.slug, email: api.a.staff.email, password: PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'pw_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api' });
  });

  it('requires the CSRF token on unsafe requests made with the session cookie', async () => {
    const caller = await api.signIn(api.a.slug, api.a.admin.email);
    const body = { email: 'new1@x.org', name: 'New', role: 'staff' };
    const none = await api.server.inject({ method: 'POST', url: '/api/people', headers: { cookie: caller.headers.cookie ?? '' }, payload: body });
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ code: 'csrf_failed', field: 'x-csrf-token' });
    const wrong = await api.server.inject({ method: 'POST', url: '/api/people', headers: { ...caller.headers, 'x-csrf-token': 'x' }, payload: body });
    expect(wrong.statusCode).toBe(403);
    const ok = await api.server.inject({ method: 'POST', url: '/api/people', headers: caller.headers, payload: body });
    expect(ok.statusCode).toBe(201);
  });

  it('ends the session on sign-out', async () => {
    const caller = await api.signIn(api.a.slug, api.a.staff.email);
    expect((await api.server.inject({ url: '/api/auth/session', headers: caller.headers })).statusCode).toBe(200);
    expect((await api.server.inject({ method: 'POST', url: '/api/auth/sign-out', headers: caller.headers })).statusCode).toBe(204);
    expect((await api.server.inject({ url: '/api/auth/session', headers: caller.headers })).statusCode).toBe(401);
  });

  it('applies the pack password rules (IWSO: letters and digits) and forces a change after six months', async () => {
    const admin = api.a.admin;
    const weak = await api.server.inject({ method: 'POST', url: '/api/people', headers: admin.headers,
      payload: { email: 'weak@x.org', name: 'W', role: 'staff', password: 'lettersonly' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'validation', field: 'password', reason: 'password_rules' });
    expect(weak.json<{ detail: string }>().detail).toMatch(/8\.1/);

    await api.server.inject({ method: 'POST', url: '/api/people', headers: admin.headers,
      payload: { email: 'aging@x.org', name: 'A', role: 'staff', password: 'abcdefg1' } });
    api.clock.advance(200 * 86_400_000);
    try {
      const caller = await api.signIn(api.a.slug, 'aging@x.org', 'abcdefg1');
      const blocked = await api.server.inject({ url: '/api/people', headers: caller.headers });
      expect(blocked.json()).toMatchObject({ status: 403, code: 'password_change_required' });
      const changed = await api.server.inject({ method: 'POST', url: '/api/auth/password', headers: caller.headers,
        payload: { currentPassword: 'abcdefg1', newPassword: 'abcdefg2' } });
      expect(changed.statusCode).toBe(204);
      const again = await api.signIn(api.a.slug, 'aging@x.org', 'abcdefg2');
      expect((await api.server.inject({ url: '/api/people', headers: again.headers })).statusCode).toBe(200);
    } finally {
      api.clock.advance(-200 * 86_400_000);
    }
  });

  it('audits sign-ins and failures', async () => {
    const rows = await h.db.kysely.selectFrom('audit_log').select('kind').where('org_id', '=', api.a.id).execute();
    const kinds = rows.map((r) => r.kind);
    expect(kinds).toContain('session.signed-in');
    expect(kinds).toContain('session.sign-in-failed');
  });
});

describeEachDialect('API sign-in rate limit', (h) => {
  const api = useApi(h, { signInPerMinute: 3 });
  it('answers 429 after the limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await api.server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { organization: api.a.slug, email: 'x@y.org', password: 'z' } });
      codes.push(res.statusCode);
    }
    expect(codes.at(-1)).toBe(429);
  });
});
