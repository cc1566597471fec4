/**
 * Every workflow endpoint that some role may not use, proved for that role in its own
 * organization (403), beside the tenant proofs in `isolation.test.ts`.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi, type Caller } from '../harness.js';
import { addCaller, call } from './helpers.js';

describeEachDialect('API workflows: roles', (h) => {
  const api = useApi(h, {}, 'valoris');
  const ids: Record<string, string> = {};
  let bystander: Caller;

  beforeAll(async () => {
    const comms = await addCaller(api, api.a, 'communications-delegate');
    bystander = await addCaller(api, api.a, 'staff');
    const client = (await call(api, api.a.admin, 'POST', '/api/roster', { name: 'Client R' })).body.id as string;
    ids.client = client;
    ids.approval = (await call(api, api.a.staff, 'POST', '/api/approvals', { kind: 'speak-for-org', purpose: 'x' })).body.id as string;
    ids.consent = (await call(api, api.a.staff, 'POST', '/api/consents', { subject: client, scope: 'photo', signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01' })).body.id as string;
    ids.account = (await call(api, comms, 'POST', '/api/accounts', { platform: 'facebook', handle: 'r', holder: 'c', purpose: 'p', postingAllowed: false })).body.id as string;
    ids.grant = (await call(api, api.a.supervisor, 'POST', `/api/accounts/${ids.account}/grants`, { personId: api.a.staff.id, from: '2026-11-21T00:00:00Z', until: '2026-11-22T00:00:00Z', purpose: 'x' })).body.id as string;
    ids.finding = (await call(api, api.a.staff, 'POST', '/api/unauthorized-accounts', { platform: 'x', handle: 'y', description: 'z' })).body.id as string;
    ids.incident = (await call(api, api.a.staff, 'POST', '/api/incidents', { kind: 'policy-breach', description: 'x' })).body.id as string;
    const tasks = (await call(api, api.a.admin, 'GET', '/api/tasks?status=open&limit=200')).body.items ?? [];
    ids.task = tasks.find((t) => t.kind === 'review-unauthorized-account')?.id as string;
    for (const [k, v] of Object.entries(ids)) if (!v) throw new Error(`fixture ${k} missing`);
  });

  const cases: [string, 'GET' | 'POST', (i: Record<string, string>) => string, ('staff' | 'supervisor' | 'bystander')[], unknown?][] = [
    ['decide approval (the Executive Director decides)', 'POST', (i) => `/api/approvals/${i.approval}/decision`, ['staff', 'supervisor', 'bystander'], { decision: 'approved', reason: 'x' }],
    ['withdraw approval (the requester)', 'POST', (i) => `/api/approvals/${i.approval}/withdrawal`, ['supervisor', 'bystander'], {}],
    ['read another\'s approval', 'GET', (i) => `/api/approvals/${i.approval}`, ['bystander']],
    ['list consents', 'GET', () => '/api/consents', ['staff', 'bystander']],
    ['read consent', 'GET', (i) => `/api/consents/${i.consent}`, ['staff', 'bystander']],
    ['record court authorization', 'POST', () => '/api/court-authorizations', ['staff', 'bystander'], { subject: 'CLIENT', judgmentReference: 'J', issuedAt: '2026-01-01' }],
    ['register account', 'POST', () => '/api/accounts', ['staff', 'supervisor'], { platform: 'x', handle: 'z', holder: 'c', purpose: 'p', postingAllowed: false }],
    ['grant access', 'POST', (i) => `/api/accounts/${i.account}/grants`, ['staff', 'bystander'], { personId: 'STAFF', from: '2026-11-21T00:00:00Z', until: '2026-11-22T00:00:00Z', purpose: 'x' }],
    ['revoke grant', 'POST', (i) => `/api/grants/${i.grant}/revocation`, ['staff', 'bystander'], { reason: 'x' }],
    ['review unauthorized account', 'POST', (i) => `/api/unauthorized-accounts/${i.finding}/review`, ['staff', 'bystander'], { resolution: 'removed', note: 'x' }],
    ['read incident', 'GET', (i) => `/api/incidents/${i.incident}`, ['bystander']],
    ['triage incident', 'POST', (i) => `/api/incidents/${i.incident}/triage`, ['staff', 'bystander'], { severity: 'low', note: 'x' }],
    ['add evidence (reporter or handler)', 'POST', (i) => `/api/incidents/${i.incident}/evidence`, ['bystander'], { sha256: 'e'.repeat(64), fileName: 'f', mediaType: 'image/png', size: 1 }],
    ['record training', 'POST', () => '/api/training', ['staff', 'bystander'], { personId: 'x', kind: 'induction', completedAt: '2026-11-01T00:00:00Z' }],
    ['record policy review', 'POST', () => '/api/policy-reviews', ['staff', 'supervisor'], { reviewedAt: '2026-11-01T00:00:00Z', note: 'x' }],
    ['read a task assigned to a role', 'GET', (i) => `/api/tasks/${i.task}`, ['staff', 'bystander']],
    ['complete a task assigned to a role', 'POST', (i) => `/api/tasks/${i.task}/completion`, ['staff', 'bystander'], { note: 'x' }],
  ];

  it.each(cases)('%s: 403 for the roles not allowed', async (_name, method, url, refused, body) => {
    const callers = { staff: api.a.staff, supervisor: api.a.supervisor, bystander };
    for (const who of refused) {
      const filled = JSON.parse(JSON.stringify(body ?? null).replace('"CLIENT"', JSON.stringify(ids.client)).replace('"STAFF"', JSON.stringify(bystander.id))) as unknown;
      const res = await call(api, callers[who], method, url(ids), filled ?? undefined);
      expect(res.status, who).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
  });
});
