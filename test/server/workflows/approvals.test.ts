import { expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi, type Caller } from '../harness.js';
import { addCaller, call } from './helpers.js';
import { workflowScreeningContext } from '../../../src/app/workflows/screening-context.js';

describeEachDialect('API approvals', (h) => {
  const api = useApi(h, {}, 'iwso');
  const request = { kind: 'personal-site-identifying-org', purpose: 'My blog says I work at IWSO' };

  async function directors(): Promise<[Caller, Caller]> {
    return [await addCaller(api, api.a, 'executive-director'), await addCaller(api, api.a, 'executive-director')];
  }

  it('routes a request to the Executive Director, who approves it with a reason', async () => {
    const [ed] = await directors();
    const created = await call(api, api.a.staff, 'POST', '/api/approvals', request);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', approverRole: 'executive-director', requesterId: api.a.staff.id });
    const id = created.body.id as string;
    const decided = await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'Disclaimer present' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'approved', decision: { by: ed.id, reason: 'Disclaimer present' }, version: 2 });
    const mine = await call(api, api.a.staff, 'GET', '/api/approvals?status=approved');
    expect(mine.body.items?.map((i) => i.id)).toContain(id);
  });

  it('lets only one of two approvers deciding at once win; the other gets a clear conflict', async () => {
    const [ed1, ed2] = await directors();
    for (let round = 0; round < 5; round += 1) {
      const id = (await call(api, api.a.staff, 'POST', '/api/approvals', request)).body.id as string;
      const results = await Promise.all([
        call(api, ed1, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'Fine' }),
        call(api, ed2, 'POST', `/api/approvals/${id}/decision`, { decision: 'denied', reason: 'No' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409);
      expect(loser?.body).toMatchObject({ code: 'conflict', status: 409 });
      expect(['already_decided', 'concurrent_update']).toContain(loser?.body.reason);
      const winner = results.find((r) => r.status === 200);
      const final = await call(api, api.a.staff, 'GET', `/api/approvals/${id}`);
      expect(final.body.status).toBe(winner?.body.status);
      const decisions = await h.db.kysely.selectFrom('audit_log').select('kind').where('subject_id', '=', id).where('kind', '=', 'approval.decided').execute();
      expect(decisions).toHaveLength(1);
    }
  });

  it('refuses a second decision, the wrong role, and the other organization', async () => {
    const [ed] = await directors();
    const id = (await call(api, api.a.staff, 'POST', '/api/approvals', request)).body.id as string;
    const bySupervisor = await call(api, api.a.supervisor, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'x' });
    expect(bySupervisor).toMatchObject({ status: 403, body: { code: 'forbidden', reason: 'wrong_role' } });
    const outsider = await addCaller(api, api.b, 'executive-director');
    expect((await call(api, outsider, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'x' })).status).toBe(404);
    expect((await call(api, outsider, 'GET', `/api/approvals/${id}`)).status).toBe(404);
    await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'denied', reason: 'Conflict of interest' });
    const again = await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'Changed my mind' });
    expect(again.body).toMatchObject({ status: 409, code: 'conflict', reason: 'already_decided' });
  });

  it('lets the requester withdraw, and nobody else', async () => {
    const id = (await call(api, api.a.staff, 'POST', '/api/approvals', request)).body.id as string;
    expect((await call(api, api.a.supervisor, 'POST', `/api/approvals/${id}/withdrawal`, {})).status).toBe(403);
    const withdrawn = await call(api, api.a.staff, 'POST', `/api/approvals/${id}/withdrawal`, { reason: 'Blog closed' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Blog closed' });
  });

  it('validates with the field at fault, and replays an idempotent create', async () => {
    const bad = await call(api, api.a.staff, 'POST', '/api/approvals', { kind: 'party', purpose: 'x' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation' } });
    expect(String(bad.body.field)).toContain('kind');
    const headers = { 'idempotency-key': 'appr-1' };
    const first = await call(api, api.a.staff, 'POST', '/api/approvals', request, headers);
    const retry = await call(api, api.a.staff, 'POST', '/api/approvals', request, headers);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
  });

  it('refuses naming a check that is not the organization\'s', async () => {
    const res = await call(api, api.a.staff, 'POST', '/api/approvals', { ...request, checkId: 'no-such-check' });
    expect(res).toMatchObject({ status: 404, body: { field: 'checkId' } });
  });

  it('feeds approved requests into the screening context, and only those', async () => {
    const [ed] = await directors();
    const id = (await call(api, api.a.staff, 'POST', '/api/approvals', { ...request, subject: 'c12', validUntil: '2027-06-30' })).body.id as string;
    const before = await workflowScreeningContext(api.app, api.a.id);
    expect(before.approvals.some((a) => a.subject === 'c12')).toBe(false);
    await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'ok' });
    const after = await workflowScreeningContext(api.app, api.a.id);
    expect(after.approvals).toContainEqual({ kind: 'personal-site-identifying-org', grantedByRole: 'executive-director', subject: 'c12', personId: api.a.staff.id, validUntil: '2027-06-30' });
    expect((await workflowScreeningContext(api.app, api.b.id)).approvals).toEqual([]);
  });

  it('revokes an approval (approver role or admin, with a reason): a check it allowed needs approval again', async () => {
    const [ed] = await directors();
    // A writer of their own: earlier tests approved the shared staff member's blog.
    const writer = await addCaller(api, api.a, 'staff');
    const blogPost = { action: 'post', channel: 'personal', platform: 'blog', text: 'I have worked at alpha for ten years and love it. Views are my own.' };
    expect((await call(api, writer, 'POST', '/api/checks', blogPost)).body).toMatchObject({ verdict: 'needs_approval' });
    const id = (await call(api, writer, 'POST', '/api/approvals', request)).body.id as string;
    await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'Disclaimer present' });
    expect((await call(api, writer, 'POST', '/api/checks', blogPost)).body).toMatchObject({ verdict: 'allow' });

    expect((await call(api, writer, 'POST', `/api/approvals/${id}/revocation`, { reason: 'Mine' })).body).toMatchObject({ status: 403, reason: 'wrong_role' });
    expect((await call(api, api.b.admin, 'POST', `/api/approvals/${id}/revocation`, { reason: 'x' })).status).toBe(404);
    expect((await call(api, ed, 'POST', `/api/approvals/${id}/revocation`, {})).body).toMatchObject({ status: 400, field: 'reason' });
    const revoked = await call(api, ed, 'POST', `/api/approvals/${id}/revocation`, { reason: 'The blog now discusses clients' });
    expect(revoked).toMatchObject({ status: 200, body: { status: 'revoked', revocation: { by: ed.id, role: 'executive-director', reason: 'The blog now discusses clients' } } });
    expect((await call(api, writer, 'POST', '/api/checks', blogPost)).body).toMatchObject({ verdict: 'needs_approval', findings: [expect.objectContaining({ approver: 'executive-director' })] });
    expect((await call(api, api.a.admin, 'POST', `/api/approvals/${id}/revocation`, { reason: 'again' })).body).toMatchObject({ status: 409, reason: 'already_revoked' });
    const events = await h.db.kysely.selectFrom('audit_log').select(['kind', 'actor_id']).where('subject_id', '=', id).where('kind', '=', 'approval.revoked').execute();
    expect(events).toEqual([{ kind: 'approval.revoked', actor_id: ed.id }]);

    // An administrator of another role may revoke too; a pending request cannot be revoked.
    const second = (await call(api, writer, 'POST', '/api/approvals', request)).body.id as string;
    expect((await call(api, api.a.admin, 'POST', `/api/approvals/${second}/revocation`, { reason: 'x' })).body).toMatchObject({ status: 409, reason: 'not_approved' });
    await call(api, ed, 'POST', `/api/approvals/${second}/decision`, { decision: 'approved', reason: 'ok' });
    expect((await call(api, api.a.admin, 'POST', `/api/approvals/${second}/revocation`, { reason: 'Breach found' })).body).toMatchObject({ status: 'revoked' });
  });

  it('shows staff only their own requests', async () => {
    const other = await addCaller(api, api.a, 'staff');
    await call(api, other, 'POST', '/api/approvals', request);
    const list = await call(api, api.a.staff, 'GET', '/api/approvals?limit=200');
    expect(list.body.items?.every((i) => i.requesterId === api.a.staff.id)).toBe(true);
  });
});
