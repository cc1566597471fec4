/**
 * Every workflow endpoint that names a record: another organization's record is not found
 * (404) whatever the caller's role, and its lists never show it.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi, type Caller } from '../harness.js';
import { addCaller, call } from './helpers.js';

describeEachDialect('API workflows: tenant isolation', (h) => {
  const api = useApi(h, {}, 'valoris');
  const ids: Record<string, string> = {};
  let outsiders: Caller[] = [];

  beforeAll(async () => {
    const comms = await addCaller(api, api.a, 'communications-delegate');
    const client = (await call(api, api.a.admin, 'POST', '/api/roster', { name: 'Client A' })).body.id as string;
    ids.approval = (await call(api, api.a.staff, 'POST', '/api/approvals', { kind: 'speak-for-org', purpose: 'x' })).body.id as string;
    ids.consent = (await call(api, api.a.staff, 'POST', '/api/consents', { subject: client, scope: 'photo', signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01' })).body.id as string;
    ids.account = (await call(api, comms, 'POST', '/api/accounts', { platform: 'facebook', handle: 'a', holder: 'c', purpose: 'p', postingAllowed: false })).body.id as string;
    ids.grant = (await call(api, api.a.supervisor, 'POST', `/api/accounts/${ids.account}/grants`, { personId: api.a.staff.id, from: '2026-11-21T00:00:00Z', until: '2026-11-22T00:00:00Z', purpose: 'x' })).body.id as string;
    ids.finding = (await call(api, api.a.staff, 'POST', '/api/unauthorized-accounts', { platform: 'x', handle: 'y', description: 'z' })).body.id as string;
    ids.incident = (await call(api, api.a.staff, 'POST', '/api/incidents', { kind: 'policy-breach', description: 'x' })).body.id as string;
    ids.task = ((await call(api, api.a.admin, 'GET', '/api/tasks?status=open')).body.items?.[0]?.id as string);
    ids.check = (await call(api, api.a.staff, 'POST', '/api/checks', { action: 'post', channel: 'personal', text: 'Hello' })).body.id as string;
    outsiders = [api.b.admin, api.b.supervisor, api.b.staff, await addCaller(api, api.b, 'executive-director'), await addCaller(api, api.b, 'communications-delegate')];
    for (const [k, v] of Object.entries(ids)) if (!v) throw new Error(`fixture ${k} missing`);
  });

  const cases: [string, 'GET' | 'POST', (i: Record<string, string>) => string, unknown?][] = [
    ['read approval', 'GET', (i) => `/api/approvals/${i.approval}`],
    ['decide approval', 'POST', (i) => `/api/approvals/${i.approval}/decision`, { decision: 'approved', reason: 'x' }],
    ['withdraw approval', 'POST', (i) => `/api/approvals/${i.approval}/withdrawal`, {}],
    ['revoke approval', 'POST', (i) => `/api/approvals/${i.approval}/revocation`, { reason: 'x' }],
    ['say a check was published', 'POST', (i) => `/api/checks/${i.check}/published`, {}],
    ['read consent', 'GET', (i) => `/api/consents/${i.consent}`],
    ['revoke consent', 'POST', (i) => `/api/consents/${i.consent}/revocation`, { reason: 'x' }],
    ['read account', 'GET', (i) => `/api/accounts/${i.account}`],
    ['grant access', 'POST', (i) => `/api/accounts/${i.account}/grants`, { personId: 'p', from: '2026-11-21T00:00:00Z', until: '2026-11-22T00:00:00Z', purpose: 'x' }],
    ['revoke grant', 'POST', (i) => `/api/grants/${i.grant}/revocation`, { reason: 'x' }],
    ['review unauthorized account', 'POST', (i) => `/api/unauthorized-accounts/${i.finding}/review`, { resolution: 'removed', note: 'x' }],
    ['read incident', 'GET', (i) => `/api/incidents/${i.incident}`],
    ['triage incident', 'POST', (i) => `/api/incidents/${i.incident}/triage`, { severity: 'low', note: 'x' }],
    ['investigate incident', 'POST', (i) => `/api/incidents/${i.incident}/investigation`, { note: 'x' }],
    ['add evidence', 'POST', (i) => `/api/incidents/${i.incident}/evidence`, { sha256: 'd'.repeat(64), fileName: 'f', mediaType: 'image/png', size: 1 }],
    ['close incident', 'POST', (i) => `/api/incidents/${i.incident}/closure`, { outcomes: ['no-action'], note: 'x' }],
    ['read task', 'GET', (i) => `/api/tasks/${i.task}`],
    ['complete task', 'POST', (i) => `/api/tasks/${i.task}/completion`, { note: 'x' }],
  ];

  it.each(cases)('%s: 404 for every role of another organization', async (_name, method, url, body) => {
    for (const outsider of outsiders) {
      const res = await call(api, outsider, method, url(ids), body);
      expect(res.status, `${outsider.email}`).toBe(404);
    }
  });

  it.each([
    '/api/approvals', '/api/consents', '/api/accounts', '/api/grants', '/api/unauthorized-accounts', '/api/incidents',
    '/api/tasks', '/api/client-exchanges', '/api/acknowledgements', '/api/training', '/api/policy-reviews', '/api/court-authorizations',
  ])('%s never lists another organization\'s records', async (url) => {
    const res = await call(api, api.b.admin, 'GET', `${url}?limit=200`);
    expect(res.status).toBe(200);
    const listed = new Set((res.body.items ?? []).map((i) => i.id));
    for (const id of Object.values(ids)) expect(listed.has(id)).toBe(false);
  });

  it('documents every workflow endpoint in the OpenAPI document', async () => {
    const doc = (await api.server.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/approvals', '/api/approvals/{id}/decision', '/api/consents/{id}/revocation', '/api/accounts/{id}/grants',
      '/api/incidents/{id}/closure', '/api/incidents/{id}/evidence-files', '/api/client-exchanges', '/api/acknowledgements',
      '/api/training', '/api/policy-reviews', '/api/tasks/{id}/completion', '/api/reminders', '/api/court-authorizations',
      '/api/approvals/{id}/revocation', '/api/checks/{id}/published', '/api/organization/pack',
    ]));
  });

  it('requires sign-in on every workflow endpoint', async () => {
    for (const [, method, url, body] of cases) {
      const res = await api.server.inject({ method, url: url(ids), ...(body === undefined ? {} : { payload: body as object }) });
      expect(res.statusCode).toBe(401);
    }
  });
});
