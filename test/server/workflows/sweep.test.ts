import { expect, it } from 'vitest';
import { runWorkflowSweep } from '../../../src/app/workflows/sweep.js';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi } from '../harness.js';
import { call } from './helpers.js';

describeEachDialect('workflow sweep', (h) => {
  const api = useApi(h, {}, 'stass');

  it('expires each overdue request once, even with two sweeps running at once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await call(api, api.a.staff, 'POST', '/api/approvals', { kind: 'work-time-social-media', purpose: `Campaign ${i}` })).body.id as string);
    }
    expect((await runWorkflowSweep(api.app)).expiredApprovals).toBe(0);
    api.clock.advance(31 * 86_400_000);
    const [one, two] = await Promise.all([runWorkflowSweep(api.app), runWorkflowSweep(api.app)]);
    expect(one.expiredApprovals + two.expiredApprovals).toBe(3);
    // A month later the sessions have lapsed: sign in again.
    const [staff, supervisor, admin] = await Promise.all([api.a.staff, api.a.supervisor, api.a.admin].map((c) => api.signIn(api.a.slug, c.email)));
    if (!staff || !supervisor || !admin) throw new Error('sign-in failed');
    for (const id of ids) {
      expect((await call(api, staff, 'GET', `/api/approvals/${id}`)).body.status).toBe('expired');
      const events = await h.db.kysely.selectFrom('audit_log').select('kind').where('subject_id', '=', id).where('kind', '=', 'approval.expired').execute();
      expect(events).toHaveLength(1);
    }
    const late = await call(api, supervisor, 'POST', `/api/approvals/${ids[0] ?? ''}/decision`, { decision: 'approved', reason: 'late' });
    expect(late.body).toMatchObject({ status: 409, code: 'invalid_state', reason: 'expired' });
    const open = await call(api, admin, 'GET', '/api/tasks?status=open&limit=200');
    expect(open.body.items?.filter((t) => t.kind === 'decide-approval' && ids.includes((t.ref as { id: string }).id))).toEqual([]);
  });
});
