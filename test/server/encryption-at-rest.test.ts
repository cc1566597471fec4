import { expect, it } from 'vitest';
import { runPendingDataSteps } from '../../src/app/data-steps.js';
import { openEntryText } from '../../src/app/workflows/sealed-events.js';
import { exportAudit } from '../../src/audit/export.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { approvalSpec } from '../../src/app/workflows/record-specs.js';
import { describeEachDialect } from '../store/dialects.js';
import { useApi } from './harness.js';
import { addCaller, call } from './workflows/helpers.js';

/**
 * What people write in a post or an approval request may name clients: the database holds it
 * encrypted, each raw row is searched for the words, and the API still answers with them.
 * Rows stored before it was encrypted still read.
 */
describeEachDialect('Encryption at rest: check activities and approval requests', (h) => {
  const api = useApi(h, {}, 'iwso');
  const raw = async (table: 'checks' | 'approval_requests' | 'idempotency_keys' | 'audit_log', orgId: string) =>
    JSON.stringify(await h.db.kysely.selectFrom(table).selectAll().where('org_id', '=', orgId).execute());

  it("stores a check's activity encrypted and answers with it in clear", async () => {
    const payload = { action: 'post', channel: 'personal', text: 'Coffee with Evangelina Throckmorton after her appointment' };
    const posted = await call(api, api.a.staff, 'POST', '/api/checks', payload, { 'idempotency-key': 'sealed-check' });
    expect(posted.status).toBe(201);
    const id = posted.body.id as string;
    const row = await h.db.kysely.selectFrom('checks').select('activity').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.activity).not.toContain('Throckmorton');
    expect(row.activity).not.toContain('Coffee');
    expect(await raw('checks', api.a.id)).not.toContain('Throckmorton');

    const read = await call(api, api.a.staff, 'GET', `/api/checks/${id}`);
    expect(read.body.activity).toMatchObject({ text: payload.text, author: { id: api.a.staff.id } });
    const listed = await call(api, api.a.staff, 'GET', '/api/checks');
    expect(listed.body.items?.find((c) => c.id === id)?.activity).toMatchObject({ text: payload.text });
    // A repeated post is still seen as one: the recent posts are read back and decrypted.
    const again = await call(api, api.a.staff, 'POST', '/api/checks', payload);
    expect(again.status).toBe(201);
  });

  it('reads a check stored in clear before activities were encrypted', async () => {
    const id = 'legacy-check-1';
    await h.db.kysely.insertInto('checks').values({
      id, org_id: api.a.id, person_id: api.a.staff.id, verdict: 'allow',
      activity: JSON.stringify({ action: 'post', channel: 'personal', text: 'An old post' }), result: '{"verdict":"allow","findings":[]}',
      created_at: '2026-11-21T14:00:00.000Z',
    }).execute();
    const read = await call(api, api.a.staff, 'GET', `/api/checks/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.activity).toMatchObject({ text: 'An old post' });
    expect((await call(api, api.a.staff, 'POST', '/api/checks', { action: 'post', channel: 'personal', text: 'A new post' })).status).toBe(201);
  });

  it("stores an approval request's purpose and the reasons of its decision, withdrawal and revocation encrypted", async () => {
    const ed = await addCaller(api, api.a, 'executive-director');
    const ask = (purpose: string, key: string) => call(api, api.a.staff, 'POST', '/api/approvals', { kind: 'personal-site-identifying-org', purpose }, { 'idempotency-key': key });

    const first = await ask('Blog post thanking Wilhelmina Ashcombe for her help', 'sealed-approval-1');
    expect(first.status).toBe(201);
    expect(first.body.purpose).toBe('Blog post thanking Wilhelmina Ashcombe for her help');
    const replay = await ask('Blog post thanking Wilhelmina Ashcombe for her help', 'sealed-approval-1');
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    const id = first.body.id as string;
    const decided = await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'approved', reason: 'Ashcombe signed a consent' });
    expect(decided.body).toMatchObject({ status: 'approved', purpose: first.body.purpose, decision: { by: ed.id, role: 'executive-director', reason: 'Ashcombe signed a consent' } });
    const revoked = await call(api, ed, 'POST', `/api/approvals/${id}/revocation`, { reason: 'Ashcombe withdrew it by phone' });
    expect(revoked.body).toMatchObject({ status: 'revoked', revocation: { reason: 'Ashcombe withdrew it by phone' } });

    const second = await ask('Photo of Bartholomew Pennywhistle at the fair', 'sealed-approval-2');
    const withdrawn = await call(api, api.a.staff, 'POST', `/api/approvals/${second.body.id as string}/withdrawal`, { reason: 'Pennywhistle said no' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Pennywhistle said no' });

    const stored = await raw('approval_requests', api.a.id) + await raw('idempotency_keys', api.a.id) + await raw('audit_log', api.a.id);
    for (const word of ['Ashcombe', 'Pennywhistle', 'Blog post', 'signed a consent']) expect(stored).not.toContain(word);
    // The audit trail still verifies without the key, and shows the reasons to those who hold it.
    expect(await verifyAuditChain(h.db.kysely, api.a.id)).toMatchObject({ ok: true });
    const trail = await call(api, api.a.admin, 'GET', '/api/audit?limit=500');
    expect(trail.body.items?.find((e) => e.kind === 'approval.decided' && e.subjectId === id)?.data).toMatchObject({ reason: 'Ashcombe signed a consent' });
    let exported = '';
    await exportAudit(h.db.kysely, { orgId: api.a.id }, 'json', (chunk) => { exported += chunk; }, (e) => openEntryText(api.app.keyring, e));
    expect(exported).toContain('Pennywhistle said no');
    expect(exported).toContain('Ashcombe withdrew it by phone');
    const read = await call(api, ed, 'GET', `/api/approvals/${id}`);
    expect(read.body).toMatchObject({ purpose: first.body.purpose, decision: { reason: 'Ashcombe signed a consent' }, revocation: { reason: 'Ashcombe withdrew it by phone' } });
  });

  it('an approval granted by a decision still counts in screening, its decision unsealed but for the reason', async () => {
    const ed = await addCaller(api, api.a, 'executive-director');
    const asked = await call(api, api.a.staff, 'POST', '/api/approvals', { kind: 'personal-site-identifying-org', purpose: 'My blog says I work at IWSO' });
    await call(api, ed, 'POST', `/api/approvals/${asked.body.id as string}/decision`, { decision: 'approved', reason: 'Disclaimer present' });
    const row = await h.db.kysely.selectFrom('approval_requests').select(['data', 'personal']).where('id', '=', asked.body.id as string).executeTakeFirstOrThrow();
    const data = JSON.parse(row.data) as { purpose?: string; decision: { role: string; reason?: string } };
    expect(data.decision.role).toBe('executive-director');
    expect(data.decision.reason).toBeUndefined();
    expect(data.purpose).toBeUndefined();
    expect(row.personal).not.toBeNull();
  });

  /** An approval request as stored before purposes and reasons were encrypted: all of it in `data`. */
  async function insertClearApproval(id: string, purpose: string, extra: Record<string, unknown> = {}): Promise<void> {
    const record = {
      id, orgId: api.a.id, kind: 'personal-site-identifying-org', requesterId: api.a.staff.id, requesterRole: 'staff',
      approverRole: 'executive-director', purpose, status: 'pending',
      requestedAt: '2026-11-21T14:00:00.000Z', expiresAt: '2026-12-21T14:00:00.000Z', version: 1, ...extra,
    };
    const columns = approvalSpec.columns(record as never);
    await h.db.kysely.insertInto('approval_requests').values({
      id, org_id: api.a.id, ...columns, version: record.version, updated_at: record.requestedAt, data: JSON.stringify(record), personal: null,
    }).execute();
  }

  it('reads, decides and then seals an approval request stored in clear before purposes were encrypted', async () => {
    const ed = await addCaller(api, api.a, 'executive-director');
    const id = 'legacy-approval-1';
    const record = { purpose: 'Old request naming Cornelius Vandermeer' };
    await insertClearApproval(id, record.purpose);
    expect((await call(api, ed, 'GET', `/api/approvals/${id}`)).body).toMatchObject({ purpose: record.purpose, status: 'pending' });
    const decided = await call(api, ed, 'POST', `/api/approvals/${id}/decision`, { decision: 'denied', reason: 'Names a client' });
    expect(decided.body).toMatchObject({ status: 'denied', purpose: record.purpose });
    const row = await h.db.kysely.selectFrom('approval_requests').select(['data', 'personal']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.data + (row.personal ?? '')).not.toContain('Vandermeer');
  });

  it('encrypts, once, what was stored in clear before: check activities, approval purposes and reasons', async () => {
    await h.db.kysely.insertInto('checks').values({
      id: 'legacy-check-2', org_id: api.a.id, person_id: api.a.staff.id, verdict: 'allow',
      activity: JSON.stringify({ action: 'post', channel: 'personal', text: 'Visited Theodora Quenneville at home' }), result: '{"verdict":"allow","findings":[]}',
      created_at: '2026-11-21T13:00:00.000Z',
    }).execute();
    const decision = { outcome: 'approved', by: api.a.supervisor.id, role: 'executive-director', at: '2026-11-21T14:30:00.000Z', reason: 'Quenneville agreed in writing' };
    await insertClearApproval('legacy-approval-2', 'Story about Theodora Quenneville', { status: 'approved', decision, version: 2 });
    expect(await h.db.kysely.selectFrom('pending_data_steps').select('name').execute()).toEqual([{ name: 'seal-clear-text' }]);

    expect(await runPendingDataSteps(api.app)).toEqual(['seal-clear-text']);
    expect(await raw('checks', api.a.id) + await raw('approval_requests', api.a.id)).not.toContain('Quenneville');
    expect((await call(api, api.a.staff, 'GET', '/api/checks/legacy-check-2')).body.activity).toMatchObject({ text: 'Visited Theodora Quenneville at home' });
    const approval = await call(api, api.a.staff, 'GET', '/api/approvals/legacy-approval-2');
    expect(approval.body).toMatchObject({ purpose: 'Story about Theodora Quenneville', decision, version: 2, status: 'approved' });
    const row = await h.db.kysely.selectFrom('approval_requests').select(['version', 'updated_at']).where('id', '=', 'legacy-approval-2').executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, updated_at: '2026-11-21T14:00:00.000Z' });
    expect(await runPendingDataSteps(api.app)).toEqual([]);
  });
});
