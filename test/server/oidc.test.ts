/**
 * OpenID Connect sign-in against a real provider (panva's oidc-provider, in-process), driven
 * over real HTTP by a test browser that follows redirects by hand and keeps cookies: the
 * Postwise server listens on a loopback port like the provider.
 */
import type { AddressInfo } from 'node:net';
import type { JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureOidc, removeOidc } from '../../src/app/auth/oidc/configure-oidc.js';
import { settingsOf } from '../../src/app/auth/oidc/settings.js';
import { createApp } from '../../src/app/create-app.js';
import { addPerson } from '../../src/app/people/add-person.js';
import { parseConfig } from '../../src/config/config.js';
import { buildServer } from '../../src/server/build-server.js';
import type { ApiServer } from '../../src/server/types.js';
import { describeEachDialect } from '../store/dialects.js';
import { useApi } from './harness.js';
import { authorizeAt, locationOf, TestBrowser } from './oidc/browser.js';
import { startIdentityProvider, type IdentityProvider, type Tamper, type TestAccount } from './oidc/identity-provider.js';

const CLIENT = { clientId: 'postwise-alpha', clientSecret: 'alpha-client-secret-2f9c' };
const CLIENT_B = { clientId: 'postwise-beta', clientSecret: 'beta-client-secret-77aa' };

interface Problem { status: number; code: string; reason?: string; detail: string }

describeEachDialect('OpenID Connect sign-in', (h) => {
  const api = useApi(h);
  let idp: IdentityProvider;
  let base = '';
  let callback = '';
  let subjects = 0;
  /** The provider account of organization A's staff member, linked at their first sign-in. */
  let staffSub = '';

  /** A person at the provider; returns the subject (the provider's account id). */
  function account(claims: TestAccount): string {
    subjects += 1;
    const sub = `sub-${subjects}`;
    idp.accounts.set(sub, claims);
    return sub;
  }

  beforeAll(async () => {
    await api.server.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(api.server.server.address() as AddressInfo).port}`;
    callback = `${base}/api/auth/oidc/callback`;
    idp = await startIdentityProvider([{ ...CLIENT, redirectUri: callback }, { ...CLIENT_B, redirectUri: callback }]);
    await configureOidc(api.app, api.a.id, null, { issuer: idp.issuer, ...CLIENT });
    staffSub = account({ email: api.a.staff.email.toUpperCase(), email_verified: true, role: 'chief-executive' });
  });
  afterAll(async () => { await idp?.close(); });

  /** Starts at Postwise, signs in at the provider, and stops at the callback URL it sends back. */
  async function reachCallback(sub: string, options: { org?: string; browser?: TestBrowser; returnTo?: string; rewrite?: (u: URL) => void; cancel?: boolean } = {}) {
    const browser = options.browser ?? new TestBrowser();
    const query = options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`;
    const start = await browser.request(`${base}/api/auth/oidc/${options.org ?? api.a.slug}/start${query}`);
    expect(start.status).toBe(302);
    const authorization = new URL(locationOf(start, base));
    options.rewrite?.(authorization);
    const callbackUrl = await authorizeAt(browser, authorization.href, sub, callback, options.cancel);
    return { browser, callbackUrl, authorization };
  }

  async function signIn(sub: string, options: Parameters<typeof reachCallback>[1] = {}) {
    const reached = await reachCallback(sub, options);
    return { ...reached, response: await reached.browser.request(reached.callbackUrl) };
  }

  async function problemOf(response: Response): Promise<Problem> {
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return response.json() as Promise<Problem>;
  }

  async function expectRefused(response: Response, browser: TestBrowser, status: number, code: string, reason?: string): Promise<Problem> {
    expect(response.headers.getSetCookie().some((c) => c.startsWith('pw_session=') && !c.startsWith('pw_session=;'))).toBe(false);
    expect(browser.cookies(base).has('pw_session')).toBe(false);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status, code, ...(reason ? { reason } : {}) });
    expect(response.status).toBe(status);
    return problem;
  }

  async function sessionOf(browser: TestBrowser) {
    const response = await fetch(`${base}/api/auth/session`, { headers: { cookie: `pw_session=${browser.cookies(base).get('pw_session') ?? ''}` } });
    return { status: response.status, body: await response.json() as { person: { id: string; role: string; isAdmin?: boolean }; csrfToken: string } };
  }

  async function auditOf(orgId: string, kind: string): Promise<{ subject_id: string | null; data: Record<string, unknown> }[]> {
    const rows = await api.app.store.db.kysely.selectFrom('audit_log').select(['subject_id', 'data'])
      .where('org_id', '=', orgId).where('kind', '=', kind).orderBy('seq', 'desc').execute();
    return rows.map((r) => ({ subject_id: r.subject_id, data: JSON.parse(r.data) as Record<string, unknown> }));
  }

  describe('signing in', () => {
    it('signs a known person in with their Postwise role, the same cookie and CSRF token as a local sign-in, and audits it', async () => {
      const { browser, response } = await signIn(staffSub, { returnTo: '/checks?mine=1' });

      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/checks?mine=1');
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('pw_session='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/api/);
      expect(browser.cookies(base).has('pw_oidc')).toBe(false);

      const session = await sessionOf(browser);
      expect(session.status).toBe(200);
      // The provider's "chief-executive" claim is ignored: the role is the organization's.
      expect(session.body.person).toMatchObject({ id: api.a.staff.id, role: 'staff' });

      const headers = { cookie: `pw_session=${browser.cookies(base).get('pw_session')}` };
      const noCsrf = await fetch(`${base}/api/auth/sign-out`, { method: 'POST', headers });
      expect((await problemOf(noCsrf)).code).toBe('csrf_failed');

      expect((await auditOf(api.a.id, 'session.signed-in'))[0]).toMatchObject({ subject_id: api.a.staff.id, data: { method: 'oidc' } });
      expect((await auditOf(api.a.id, 'oidc.linked'))[0]).toMatchObject({ subject_id: api.a.staff.id, data: { issuer: idp.issuer } });

      const signedOut = await fetch(`${base}/api/auth/sign-out`, { method: 'POST', headers: { ...headers, 'x-csrf-token': session.body.csrfToken } });
      expect(signedOut.status).toBe(204);
    });

    it("does not ask a person signed in by the provider to change a local password past the pack's age", async () => {
      // IWSO: passwords change every six months. This one is years old.
      const person = api.a.staff;
      const credentials = api.app.store.db.kysely.updateTable('credentials').where('person_id', '=', person.id);
      const before = await api.app.store.db.kysely.selectFrom('credentials').select('changed_at').where('person_id', '=', person.id).executeTakeFirstOrThrow();
      await credentials.set({ changed_at: '2020-01-01T00:00:00.000Z' }).execute();
      try {
        const { browser, response } = await signIn(staffSub);
        expect(response.status).toBe(303);
        const viaProvider = await fetch(`${base}/api/organization`, { headers: { cookie: `pw_session=${browser.cookies(base).get('pw_session') ?? ''}` } });
        expect(viaProvider.status).toBe(200);
        const local = await api.signIn(api.a.slug, person.email);
        const viaPassword = await api.server.inject({ method: 'GET', url: '/api/organization', headers: local.headers });
        expect(viaPassword.json()).toMatchObject({ code: 'password_change_required' });
      } finally {
        await credentials.set({ changed_at: before.changed_at }).execute();
      }
    });

    it('matches by subject once linked, even when the email changes at the provider', async () => {
      const sub = account({ email: api.a.supervisor.email, email_verified: true });
      expect((await signIn(sub)).response.status).toBe(303);
      idp.accounts.set(sub, { email: 'renamed@elsewhere.example', email_verified: true });
      const again = await signIn(sub);
      expect(again.response.status).toBe(303);
      expect((await sessionOf(again.browser)).body.person.id).toBe(api.a.supervisor.id);
    });

    it('refuses a second provider account that claims the email of a person already linked', async () => {
      const first = account({ email: api.a.admin.email, email_verified: true });
      expect((await signIn(first)).response.status).toBe(303);
      const second = account({ email: api.a.admin.email, email_verified: true });
      const { browser, response } = await signIn(second);
      await expectRefused(response, browser, 403, 'oidc_unknown_user', 'subject-mismatch');
    });

    /**
     * Two first sign-ins of one identity at once, made deterministic: both reach the callback,
     * the first completes, and the second reads the store as it was before the first one wrote.
     */
    async function secondOfTwoFirstSignIns(sub: string, org: string, staleReads: () => void) {
      const first = await reachCallback(sub, { org });
      const second = await reachCallback(sub, { org });
      expect((await first.browser.request(first.callbackUrl)).status).toBe(303);
      staleReads();
      try {
        return { browser: second.browser, response: await second.browser.request(second.callbackUrl), first: await sessionOf(first.browser) };
      } finally {
        vi.restoreAllMocks();
      }
    }

    it('signs the second of two first sign-ins of one identity in as the person the first linked', async () => {
      const email = `racer@${api.a.slug}.org`;
      await addPerson(api.app, api.a.id, null, { email, name: 'Racer', role: 'staff' });
      const sub = account({ email, email_verified: true });
      const { browser, response, first } = await secondOfTwoFirstSignIns(sub, api.a.slug, () => {
        vi.spyOn(api.app.store.oidc, 'linkOf').mockResolvedValueOnce(undefined);
        vi.spyOn(api.app.store.oidc, 'linkOfPerson').mockResolvedValueOnce(undefined);
      });
      expect(response.status).toBe(303);
      expect((await sessionOf(browser)).body.person.id).toBe(first.body.person.id);
      const links = await api.app.store.db.kysely.selectFrom('oidc_links').select('person_id').where('org_id', '=', api.a.id).where('subject', '=', sub).execute();
      expect(links).toEqual([{ person_id: first.body.person.id }]);
    });

    it('signs the second of two first sign-ins of one new person in as the person the first added', async () => {
      await configureOidc(api.app, api.b.id, null, { issuer: idp.issuer, ...CLIENT_B, allowedDomains: [`${api.b.slug}.org`], unknownUserRole: 'volunteer' });
      try {
        const email = `twice@${api.b.slug}.org`;
        const sub = account({ email, email_verified: true, name: 'Twice' });
        const { browser, response, first } = await secondOfTwoFirstSignIns(sub, api.b.slug, () => {
          vi.spyOn(api.app.store.oidc, 'linkOf').mockResolvedValueOnce(undefined);
          vi.spyOn(api.app.store.people, 'byEmail').mockResolvedValueOnce(undefined);
        });
        expect(response.status).toBe(303);
        expect((await sessionOf(browser)).body.person).toMatchObject({ id: first.body.person.id, role: 'volunteer' });
        const people = await api.app.store.db.kysely.selectFrom('people').select('id').where('org_id', '=', api.b.id).where('email', '=', email).execute();
        expect(people).toHaveLength(1);
      } finally {
        await removeOidc(api.app, api.b.id, null);
      }
    });

    it('lands on / by default and refuses a return address off this site', async () => {
      expect((await signIn(staffSub)).response.headers.get('location')).toBe('/');
      for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
        const browser = new TestBrowser();
        const start = await browser.request(`${base}/api/auth/oidc/${api.a.slug}/start?returnTo=${encodeURIComponent(returnTo)}`);
        expect(await problemOf(start)).toMatchObject({ status: 400, code: 'validation', field: 'returnTo' });
        expect(browser.cookies(base).has('pw_oidc')).toBe(false);
      }
    });

    it('completes on another instance than the one that started (nothing kept in memory)', async () => {
      const other = await createApp(
        parseConfig({ POSTWISE_KEY: Buffer.alloc(32, 9).toString('base64'), POSTWISE_DATA_DIR: h.connectOptions.dataDir, POSTWISE_PUBLIC_URL: base }),
        { db: h.db, clock: api.clock },
      );
      const second: ApiServer = await buildServer(other, { limits: { signInPerMinute: 1_000 } });
      try {
        await second.listen({ port: 0, host: '127.0.0.1' });
        const secondBase = `http://127.0.0.1:${(second.server.address() as AddressInfo).port}`;
        const browser = new TestBrowser();
        const start = await browser.request(`${secondBase}/api/auth/oidc/${api.a.slug}/start`);
        const authorization = new URL(locationOf(start, secondBase));
        expect(authorization.searchParams.get('redirect_uri')).toBe(callback);
        // The binding cookie was set by the second instance; a browser sends it to the public site.
        const token = browser.cookies(secondBase).get('pw_oidc') ?? '';
        const callbackUrl = await authorizeAt(browser, authorization.href, staffSub, callback);
        const response = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: `pw_oidc=${token}` } });
        expect(response.status).toBe(303);
      } finally {
        await second.close();
        await other.close();
      }
    });
  });

  describe('refusals: no session, a clear problem', () => {
    it('an organization without OpenID Connect, or none at all', async () => {
      for (const slug of [api.b.slug, 'no-such-organization']) {
        const browser = new TestBrowser();
        await expectRefused(await browser.request(`${base}/api/auth/oidc/${slug}/start`), browser, 404, 'oidc_not_configured');
      }
    });

    it('a state that is not the one sent, and the sign-in cannot be retried after', async () => {
      const { browser, callbackUrl } = await reachCallback(account({ email: api.a.staff.email, email_verified: true }));
      const forged = new URL(callbackUrl);
      forged.searchParams.set('state', 'forged-state');
      const before = (await auditOf(api.a.id, 'session.sign-in-failed')).length;
      await expectRefused(await browser.request(forged.href), browser, 400, 'oidc_state_invalid', 'state-mismatch');
      const failures = await auditOf(api.a.id, 'session.sign-in-failed');
      expect(failures).toHaveLength(before + 1);
      expect(failures[0]?.data).toEqual({ method: 'oidc', code: 'oidc_state_invalid', reason: 'state-mismatch' });
      await expectRefused(await browser.request(callbackUrl), browser, 400, 'oidc_state_invalid', 'no-cookie');
    });

    it('a callback in another browser than the one that started (login CSRF)', async () => {
      const { callbackUrl } = await reachCallback(account({ email: api.a.staff.email, email_verified: true }));
      const victim = new TestBrowser();
      await expectRefused(await victim.request(callbackUrl), victim, 400, 'oidc_state_invalid', 'no-cookie');
    });

    it('a replayed callback, and a replayed code in a new sign-in', async () => {
      const { browser, callbackUrl, response } = await signIn(staffSub);
      expect(response.status).toBe(303);
      const replayer = new TestBrowser();
      const stale = await replayer.request(callbackUrl);
      await expectRefused(stale, replayer, 400, 'oidc_state_invalid');

      // A new sign-in in the same browser, answered with the old (used) code.
      const fresh = new TestBrowser();
      const start = await fresh.request(`${base}/api/auth/oidc/${api.a.slug}/start`);
      const state = new URL(locationOf(start, base)).searchParams.get('state') ?? '';
      const replay = new URL(callbackUrl);
      replay.searchParams.set('state', state);
      await expectRefused(await fresh.request(replay.href), fresh, 401, 'oidc_denied', 'invalid_grant');
      expect(browser.cookies(base).has('pw_session')).toBe(true);
    });

    it('a sign-in that took longer than ten minutes', async () => {
      const { browser, callbackUrl } = await reachCallback(account({ email: api.a.staff.email, email_verified: true }));
      api.clock.advance(11 * 60_000);
      await expectRefused(await browser.request(callbackUrl), browser, 400, 'oidc_state_invalid', 'expired');
    });

    it('an ID token for another nonce', async () => {
      const { browser, response } = await signIn(account({ email: api.a.staff.email, email_verified: true }), {
        rewrite: (u) => u.searchParams.set('nonce', 'a-nonce-this-browser-never-got'),
      });
      await expectRefused(response, browser, 401, 'oidc_token_invalid', 'nonce');
    });

    describe('an ID token the provider should not have sent', () => {
      afterAll(() => { idp.tamper = null; });
      const cases: { name: string; tamper: Tamper; reason: string }[] = [
        { name: 'for another audience', tamper: { payload: (c: JWTPayload) => ({ ...c, aud: 'another-client' }) }, reason: 'aud' },
        { name: 'from another issuer', tamper: { payload: (c: JWTPayload) => ({ ...c, iss: 'https://impostor.example' }) }, reason: 'iss' },
        { name: 'expired', tamper: { payload: (c: JWTPayload) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7_200, exp: Math.floor(Date.now() / 1000) - 3_600 }) }, reason: 'exp' },
        { name: 'signed with a key not in the JWKS', tamper: { payload: (c: JWTPayload) => c, foreignKey: true }, reason: 'signature' },
      ];
      for (const c of cases) {
        it(c.name, async () => {
          idp.tamper = c.tamper;
          const { browser, response } = await signIn(account({ email: api.a.staff.email, email_verified: true }));
          idp.tamper = null;
          await expectRefused(response, browser, 401, 'oidc_token_invalid', c.reason);
        });
      }
    });

    it('the person cancelling at the provider', async () => {
      const { browser, callbackUrl } = await reachCallback(account({ email: api.a.staff.email, email_verified: true }), { cancel: true });
      await expectRefused(await browser.request(callbackUrl), browser, 401, 'oidc_denied', 'access_denied');
    });

    it('an email nobody in the organization has, including a person of another organization', async () => {
      for (const email of [`nobody@${api.a.slug}.org`, api.b.staff.email]) {
        const { browser, response } = await signIn(account({ email, email_verified: true }));
        const problem = await expectRefused(response, browser, 403, 'oidc_unknown_user', 'no-such-person');
        expect(problem.detail).toContain(email);
      }
      expect((await auditOf(api.a.id, 'session.sign-in-failed'))[0]?.data).toEqual({ method: 'oidc', code: 'oidc_unknown_user', reason: 'no-such-person' });
      expect(await auditOf(api.b.id, 'session.sign-in-failed')).toHaveLength(0);
    });

    it('an email the provider has not verified', async () => {
      const { browser, response } = await signIn(account({ email: api.a.staff.email, email_verified: false }));
      await expectRefused(response, browser, 403, 'oidc_unknown_user', 'email-unverified');
    });

    it('an email domain the organization does not allow', async () => {
      await configureOidc(api.app, api.a.id, null, { issuer: idp.issuer, ...CLIENT, allowedDomains: ['elsewhere.example'] });
      try {
        const { browser, response } = await signIn(account({ email: api.a.staff.email, email_verified: true }));
        await expectRefused(response, browser, 403, 'oidc_unknown_user', 'domain-not-allowed');
      } finally {
        await configureOidc(api.app, api.a.id, null, { issuer: idp.issuer, ...CLIENT });
      }
    });
  });

  describe('settings', () => {
    it('keeps the client secret encrypted at rest', async () => {
      const row = await api.app.store.oidc.providerOf(api.a.id);
      expect(row?.client_secret).not.toContain(CLIENT.clientSecret);
      expect(row && settingsOf(row, api.app.keyring).clientSecret).toBe(CLIENT.clientSecret);
    });

    it('admits unknown people of an allowed domain when configured, with the configured role, never an admin', async () => {
      await configureOidc(api.app, api.b.id, null, {
        issuer: idp.issuer, ...CLIENT_B, allowedDomains: [`${api.b.slug}.org`], unknownUserRole: 'volunteer',
      });
      const email = `newcomer@${api.b.slug}.org`;
      const { browser, response } = await signIn(account({ email, email_verified: true, name: 'New Comer', role: 'chief-executive' }), { org: api.b.slug });
      expect(response.status).toBe(303);
      const session = await sessionOf(browser);
      expect(session.body.person).toMatchObject({ role: 'volunteer' });
      const person = await api.app.store.people.byEmail(api.b.id, email);
      expect(person).toMatchObject({ role: 'volunteer', is_admin: 0, name: 'New Comer' });

      // The same provider account cannot sign in to organization A, which does not know it.
      const other = await signIn([...idp.accounts].find(([, a]) => a.email === email)?.[0] ?? '');
      await expectRefused(other.response, other.browser, 403, 'oidc_unknown_user', 'no-such-person');
      await removeOidc(api.app, api.b.id, null);
    });

    it('refuses admitting unknown people without an allowed domain, and an http issuer off this machine', async () => {
      await expect(configureOidc(api.app, api.b.id, null, { issuer: idp.issuer, ...CLIENT_B, unknownUserRole: 'staff' }))
        .rejects.toMatchObject({ code: 'validation', field: 'allowedDomains' });
      await expect(configureOidc(api.app, api.b.id, null, { issuer: 'http://idp.example.org', ...CLIENT_B }))
        .rejects.toMatchObject({ code: 'validation', field: 'issuer' });
    });

    it('lists both routes in the OpenAPI document', async () => {
      const doc = (await api.server.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/oidc/{organization}/start', '/api/auth/oidc/callback']));
    });
  });
});
