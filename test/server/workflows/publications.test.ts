import { expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi, type Caller } from '../harness.js';
import { addCaller, call } from './helpers.js';

describeEachDialect('API publications and take-downs', (h) => {
  const api = useApi(h, {}, 'iwso');

  async function client(name: string): Promise<string> {
    return (await call(api, api.a.admin, 'POST', '/api/roster', { name })).body.id as string;
  }
  async function consent(subject: string, scope: string): Promise<string> {
    const res = await call(api, api.a.staff, 'POST', '/api/consents', { subject, scope, signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }
  async function check(caller: Caller, activity: Record<string, unknown>): Promise<string> {
    const res = await call(api, caller, 'POST', '/api/checks', activity);
    expect(res.status).toBe(201);
    return res.body.id as string;
  }
  const photoOf = (rosterId: string) => ({ action: 'post', channel: 'official', platform: 'facebook', text: 'Spring picnic at the centre!', media: [{ type: 'photo', people: [{ rosterId }] }] });
  const reliedOn = (checkId: string) => h.db.kysely.selectFrom('consent_reliances').select(['consent_id', 'scope']).where('check_id', '=', checkId).execute();

  it('opens one take-down per published check that relied on a revoked consent, assigned to its publisher and audited', async () => {
    const comms = await addCaller(api, api.a, 'communications-delegate');
    const amelie = await client('Amélie Gagnon');
    const jean = await client('Jean Roy');
    const photoConsent = await consent(amelie, 'photo');
    const nameConsent = await consent(jean, 'name');

    const published = await check(comms, photoOf(amelie));
    const unpublished = await check(comms, photoOf(amelie));
    const aboutJean = await check(api.a.staff, { action: 'post', channel: 'personal', text: 'Jean Roy ran his first 10k today' });
    const nobody = await check(api.a.staff, { action: 'post', channel: 'personal', text: 'Lovely weather today' });
    expect(await reliedOn(published)).toEqual([{ consent_id: photoConsent, scope: 'photo' }]);
    expect(await reliedOn(aboutJean)).toEqual([{ consent_id: nameConsent, scope: 'name' }]);
    expect(await reliedOn(nobody)).toEqual([]);

    const url = 'https://facebook.com/alpha/posts/1';
    const marked = await call(api, comms, 'POST', `/api/checks/${published}/published`, { url });
    expect(marked).toMatchObject({ status: 201, body: { checkId: published, publishedBy: comms.id, url } });
    expect((await call(api, api.a.staff, 'POST', `/api/checks/${aboutJean}/published`, {})).status).toBe(201);

    const revoked = await call(api, api.a.staff, 'POST', `/api/consents/${photoConsent}/revocation`, { reason: 'Client withdrew consent' });
    expect(revoked).toMatchObject({ status: 200, body: { status: 'revoked' } });
    const takeDowns = (await call(api, api.a.admin, 'GET', '/api/tasks?status=open&limit=200')).body.items?.filter((t) => t.kind === 'take-down') ?? [];
    expect(takeDowns).toHaveLength(1);
    // iwso 7.1: removed "immediately", that is within two hours.
    expect(takeDowns[0]).toMatchObject({
      assigneeId: comms.id, ref: { type: 'consent', id: photoConsent }, dueAt: '2026-11-21T17:00:00.000Z',
      detail: { activityId: published, url, scope: 'photo' },
    });
    expect((await call(api, comms, 'GET', '/api/tasks?status=open')).body.items?.map((t) => t.id)).toContain(takeDowns[0]?.id);
    const audit = await h.db.kysely.selectFrom('audit_log').select(['kind', 'data']).where('org_id', '=', api.a.id)
      .where('kind', 'in', ['consent.revoked', 'check.published']).orderBy('seq').execute();
    expect(audit.map((e) => e.kind)).toEqual(['check.published', 'check.published', 'consent.revoked']);
    expect(JSON.parse(audit[2]?.data ?? '{}')).toMatchObject({ takeDownTasks: 1 });

    // Published after the revocation: the take-down opens at once.
    const late = await call(api, comms, 'POST', `/api/checks/${unpublished}/published`, {});
    expect(late.status).toBe(201);
    const after = (await call(api, comms, 'GET', '/api/tasks?status=open&limit=200')).body.items?.filter((t) => t.kind === 'take-down') ?? [];
    expect(after.map((t) => (t.detail as Record<string, string>).activityId).sort()).toEqual([published, unpublished].sort());
  });

  it('lets only the check\'s author say it was published, once, and never across organizations', async () => {
    const mine = await check(api.a.staff, { action: 'post', channel: 'personal', text: 'Our garden is blooming' });
    expect((await call(api, api.a.supervisor, 'POST', `/api/checks/${mine}/published`, {})).body).toMatchObject({ status: 403, reason: 'not_author' });
    expect((await call(api, api.b.admin, 'POST', `/api/checks/${mine}/published`, {})).status).toBe(404);
    expect((await call(api, api.a.staff, 'POST', '/api/checks/no-such-check/published', {})).status).toBe(404);
    expect((await call(api, api.a.staff, 'POST', `/api/checks/${mine}/published`, { url: 'not a url' })).body).toMatchObject({ status: 400, field: 'url' });
    expect((await call(api, api.a.staff, 'POST', `/api/checks/${mine}/published`, { publishedAt: '2027-01-01T00:00:00Z' })).body).toMatchObject({ status: 400, field: 'publishedAt' });
    expect((await call(api, api.a.staff, 'POST', `/api/checks/${mine}/published`, {})).status).toBe(201);
    expect((await call(api, api.a.staff, 'POST', `/api/checks/${mine}/published`, {})).body).toMatchObject({ status: 409, reason: 'already_published' });
  });

  it('records no reliance on a consent that was revoked or of another scope', async () => {
    const c = await client('Rosalie Tremblay');
    await consent(c, 'video');
    const revokedPhoto = await consent(c, 'photo');
    await call(api, api.a.staff, 'POST', `/api/consents/${revokedPhoto}/revocation`, { reason: 'withdrawn' });
    const id = await check(api.a.staff, photoOf(c));
    expect(await reliedOn(id)).toEqual([]);
  });
});
