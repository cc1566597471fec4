import { expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi } from '../harness.js';
import { addCaller, call } from './helpers.js';

describeEachDialect('API workflows (valoris)', (h) => {
  const api = useApi(h, {}, 'valoris');

  async function client(name = 'Amélie Gagnon'): Promise<string> {
    const res = await call(api, api.a.admin, 'POST', '/api/roster', { name });
    return res.body.id as string;
  }

  it('records a consent, keeps the signer encrypted at rest, and opens take-downs on revocation', async () => {
    const c12 = await client();
    const consent = { subject: c12, scope: 'photo', signedBy: 'parent', signerName: 'Marie Gagnon', written: true, informedOfRisks: true, signedAt: '2026-11-01' };
    const created = await call(api, api.a.staff, 'POST', '/api/consents', consent);
    expect(created).toMatchObject({ status: 201, body: { status: 'active', signerName: 'Marie Gagnon' } });
    const row = await h.db.kysely.selectFrom('consents').selectAll().where('id', '=', created.body.id as string).executeTakeFirstOrThrow();
    expect(row.data + (row.personal ?? '')).not.toContain('Marie');
    expect((await call(api, api.a.staff, 'GET', '/api/consents')).status).toBe(403);
    expect((await call(api, api.a.supervisor, 'GET', `/api/consents/${created.body.id as string}`)).body.signerName).toBe('Marie Gagnon');

    const revoked = await call(api, api.a.staff, 'POST', `/api/consents/${created.body.id as string}/revocation`, {
      reason: 'Parent withdrew consent', publishedItems: [{ activityId: 'chk-1', publishedBy: api.a.staff.id }],
    });
    expect(revoked.body).toMatchObject({ status: 'revoked' });
    const tasks = await call(api, api.a.staff, 'GET', '/api/tasks?status=open');
    const takeDown = tasks.body.items?.find((t) => t.kind === 'take-down');
    expect(takeDown).toMatchObject({ assigneeId: api.a.staff.id, ref: { type: 'consent', id: created.body.id } });
    const done = await call(api, api.a.staff, 'POST', `/api/tasks/${takeDown?.id as string}/completion`, { note: 'Post deleted' });
    expect(done.body).toMatchObject({ status: 'done', completedBy: api.a.staff.id });
    expect((await call(api, api.a.staff, 'POST', `/api/consents/${created.body.id as string}/revocation`, { reason: 'again' })).body.code).toBe('conflict');
    expect((await call(api, api.b.admin, 'POST', `/api/consents/${created.body.id as string}/revocation`, { reason: 'x' })).status).toBe(404);
  });

  it('keeps personal fields out of the idempotency store, and replays from the record', async () => {
    const c = await client('Idem Client');
    const consent = { subject: c, scope: 'name', signedBy: 'guardian', signerName: 'Gaston Guardian', written: true, informedOfRisks: true, signedAt: '2026-11-01' };
    const first = await call(api, api.a.staff, 'POST', '/api/consents', consent, { 'idempotency-key': 'consent-1' });
    const replay = await call(api, api.a.staff, 'POST', '/api/consents', consent, { 'idempotency-key': 'consent-1' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(first.body.signerName).toBe('Gaston Guardian');
    const stored = await h.db.kysely.selectFrom('idempotency_keys').selectAll().where('key', '=', 'consent-1').executeTakeFirstOrThrow();
    expect(stored.response).not.toContain('Gaston');
  });

  it('refuses a consent for a client of another organization', async () => {
    const c = await client();
    const res = await call(api, api.b.staff, 'POST', '/api/consents', { subject: c, scope: 'photo', signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01' });
    expect(res).toMatchObject({ status: 404, body: { field: 'subject' } });
  });

  it('refuses a client exchange without consent and risks explained, then documents it', async () => {
    const c = await client('Jean Roy');
    const exchange = { clientId: c, platform: 'facebook', direction: 'outbound', occurredAt: '2026-11-21T14:00:00Z', summary: 'Confirmed the appointment' };
    const refused = await call(api, api.a.staff, 'POST', '/api/client-exchanges', exchange);
    expect(refused).toMatchObject({ status: 409, body: { code: 'invalid_state', reason: 'client_consent_required' } });
    await call(api, api.a.staff, 'POST', '/api/consents', { subject: c, scope: 'social-media-communication', signedBy: 'self', written: false, informedOfRisks: true, signedAt: '2026-11-01' });
    const logged = await call(api, api.a.staff, 'POST', '/api/client-exchanges', exchange);
    expect(logged).toMatchObject({ status: 201, body: { clientId: c, summary: 'Confirmed the appointment' } });
    const row = await h.db.kysely.selectFrom('client_exchanges').selectAll().where('id', '=', logged.body.id as string).executeTakeFirstOrThrow();
    expect(row.data).not.toContain('appointment');
    const other = await addCaller(api, api.a, 'staff');
    expect((await call(api, other, 'GET', '/api/client-exchanges')).body.items).toEqual([]);
  });

  it('registers an account and lets only the immediate supervisor grant time-limited access', async () => {
    const comms = await addCaller(api, api.a, 'communications-delegate');
    const boss = await addCaller(api, api.a, 'supervisor');
    const worker = await addCaller(api, api.a, 'staff', { supervisorId: boss.id });
    expect((await call(api, api.a.staff, 'POST', '/api/accounts', { platform: 'facebook', handle: 'x', holder: 'c', purpose: 'p', postingAllowed: false })).status).toBe(403);
    const account = await call(api, comms, 'POST', '/api/accounts', { platform: 'Facebook', handle: 'valoris-fb-1', holder: 'communications', purpose: 'clinical-support', postingAllowed: false });
    expect(account).toMatchObject({ status: 201, body: { platform: 'facebook', status: 'active' } });
    const period = { personId: worker.id, from: '2026-11-21T00:00:00Z', until: '2026-11-28T00:00:00Z', purpose: 'Family search' };
    const wrong = await call(api, api.a.supervisor, 'POST', `/api/accounts/${account.body.id as string}/grants`, period);
    expect(wrong).toMatchObject({ status: 403, body: { reason: 'wrong_role' } });
    const grant = await call(api, boss, 'POST', `/api/accounts/${account.body.id as string}/grants`, period);
    expect(grant).toMatchObject({ status: 201, body: { personId: worker.id, approvedByRole: 'supervisor' } });
    expect((await call(api, worker, 'GET', '/api/grants')).body.items?.map((g) => g.id)).toEqual([grant.body.id]);
    const revoked = await call(api, boss, 'POST', `/api/grants/${grant.body.id as string}/revocation`, { reason: 'Family found' });
    expect(revoked.body.revocation).toMatchObject({ by: boss.id });
    expect((await call(api, api.b.admin, 'GET', `/api/accounts/${account.body.id as string}`)).status).toBe(404);
  });

  it('reports unauthorized accounts for review', async () => {
    const found = await call(api, api.a.staff, 'POST', '/api/unauthorized-accounts', { platform: 'Instagram', handle: '@valoris_fans', description: 'Uses our logo' });
    expect(found.body).toMatchObject({ status: 'open' });
    const reviewed = await call(api, api.a.supervisor, 'POST', `/api/unauthorized-accounts/${found.body.id as string}/review`, { resolution: 'removed', note: 'Reported to Instagram' });
    expect(reviewed.body).toMatchObject({ status: 'reviewed' });
  });

  it('runs a serious occurrence from report to outcome, with the ministry report due within hours', async () => {
    const reported = await call(api, api.a.staff, 'POST', '/api/incidents', { kind: 'serious-occurrence', description: 'A client photo circulates on Facebook', subjectPersonId: api.a.admin.id });
    expect(reported).toMatchObject({ status: 201, body: { status: 'reported', dueAt: '2026-11-21T17:00:00.000Z' } });
    const id = reported.body.id as string;
    expect((await call(api, api.a.staff, 'POST', `/api/incidents/${id}/triage`, { severity: 'high', note: 'x' })).status).toBe(403);
    const sha256 = 'c'.repeat(64);
    expect((await call(api, api.a.staff, 'POST', `/api/incidents/${id}/evidence`, { sha256, fileName: 'shot.png', mediaType: 'image/png', size: 10 })).status).toBe(200);
    expect((await call(api, api.a.supervisor, 'POST', `/api/incidents/${id}/triage`, { severity: 'critical', note: 'Photo of a client' })).body.status).toBe('triaged');
    expect((await call(api, api.a.supervisor, 'POST', `/api/incidents/${id}/investigation`, { note: 'Interviews' })).body.status).toBe('investigating');
    const closed = await call(api, api.a.supervisor, 'POST', `/api/incidents/${id}/closure`, { outcomes: ['ministry-report', 'disciplinary-referral'], note: 'Reported to the ministry' });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: { kinds: ['ministry-report', 'disciplinary-referral'] } });
    expect((await call(api, api.a.supervisor, 'POST', `/api/incidents/${id}/closure`, { outcomes: ['no-action'], note: 'x' })).body.code).toBe('invalid_state');
    const row = await h.db.kysely.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.data).not.toContain('client photo');
    expect((await call(api, api.b.admin, 'GET', `/api/incidents/${id}`)).status).toBe(404);
  });

  it('keeps an anonymous reporter out of the record, the audit trail and the idempotency store', async () => {
    const res = await call(api, api.a.staff, 'POST', '/api/incidents', { kind: 'policy-breach', anonymous: true, description: 'A colleague friends clients' }, { 'idempotency-key': 'anon-1' });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['dueAt', 'id', 'status']);
    const audit = await h.db.kysely.selectFrom('audit_log').selectAll().where('subject_id', '=', res.body.id as string).execute();
    expect(audit.map((a) => a.actor_id)).toEqual([null]);
    const row = await h.db.kysely.selectFrom('incidents').selectAll().where('id', '=', res.body.id as string).executeTakeFirstOrThrow();
    expect(row.ref_id).toBeNull();
    expect(row.data).not.toContain(api.a.staff.id);
    const keys = await h.db.kysely.selectFrom('idempotency_keys').selectAll().where('key', '=', 'anon-1').execute();
    expect(keys).toEqual([]);
    expect((await call(api, api.a.staff, 'GET', `/api/incidents/${res.body.id as string}`)).status).toBe(403);
  });

  it('signs each version once and lists what falls due', async () => {
    const me = await addCaller(api, api.a, 'volunteer');
    const before = await call(api, me, 'GET', '/api/reminders?horizonDays=60');
    expect(before.body.items).toEqual([expect.objectContaining({ kind: 'acknowledgement', personId: me.id })]);
    const sign = { signedName: 'Vol Unteer', statement: 'I have read the policy.', packVersion: '1' };
    const org = await call(api, me, 'GET', '/api/organization');
    sign.packVersion = org.body.packVersion as string;
    expect((await call(api, me, 'POST', '/api/acknowledgements', sign)).status).toBe(201);
    expect((await call(api, me, 'POST', '/api/acknowledgements', sign)).body).toMatchObject({ status: 409, code: 'conflict' });
    expect((await call(api, me, 'GET', '/api/reminders?horizonDays=60')).body.items).toEqual([]);
    const all = await call(api, api.a.supervisor, 'GET', '/api/reminders?horizonDays=60');
    expect(all.body.items?.some((r) => r.kind === 'acknowledgement')).toBe(true);
  });
});
