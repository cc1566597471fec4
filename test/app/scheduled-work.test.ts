/**
 * The scheduled work `postwise serve` runs: the periodic runner, and the workflow sweep run by
 * several instances (separate connection pools) against one database at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/app/auth/principal.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { runPeriodically } from '../../src/app/housekeeping.js';
import { createOrganization } from '../../src/app/organizations/create-organization.js';
import { addPerson } from '../../src/app/people/add-person.js';
import { fixedClock } from '../../src/app/ports.js';
import { createApprovalRequest } from '../../src/app/workflows/approvals.js';
import { runWorkflowSweep } from '../../src/app/workflows/sweep.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { parseConfig } from '../../src/config/config.js';
import { connect } from '../../src/store/connect.js';
import { describeEachDialect } from '../store/dialects.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('runPeriodically', () => {
  it('runs at once and on every tick, never two runs at a time, and stop waits for the run in progress', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    let finished = 0;
    const periodic = runPeriodically(async () => {
      runs += 1;
      active += 1;
      most = Math.max(most, active);
      await sleep(60);
      active -= 1;
      finished += 1;
    }, 10);
    await sleep(200);
    await periodic.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    expect(finished).toBe(runs);
    const after = runs;
    await sleep(50);
    expect(runs).toBe(after);
  });

  it('reports a failed run and keeps to its schedule', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const periodic = runPeriodically(() => { runs += 1; return Promise.reject(new Error(`run ${runs}`)); }, 10, (e) => errors.push(e));
    await sleep(60);
    await periodic.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(runs);
  });
});

describeEachDialect('workflow sweep on two instances', (h) => {
  const START = '2026-11-01T09:00:00Z';
  const apps: App[] = [];
  const open = async (): Promise<App> => {
    const config = parseConfig({ POSTWISE_KEY: Buffer.alloc(32, 3).toString('base64'), POSTWISE_DATA_DIR: h.connectOptions.dataDir });
    // PostgreSQL: a pool of its own, as a second `postwise serve` would have. SQLite: one process
    // cannot hold two writers (better-sqlite3 waits synchronously), so both share the connection.
    const db = h.dialect === 'postgres' ? connect(h.connectOptions) : h.db;
    const app = await createApp(config, { db, clock: fixedClock(START) });
    apps.push(app);
    return app;
  };
  beforeAll(async () => { await open(); await open(); });
  afterAll(async () => {
    for (const app of apps) if (app.store.db !== h.db) await app.store.db.destroy();
  });

  it('expires every overdue request exactly once, with one audit entry each, and the chain verifies', async () => {
    const [one, two] = apps;
    if (!one || !two) throw new Error('instances not open');
    const org = await createOrganization(one, { slug: `sweep-${h.dialect}-${process.pid}`, name: 'Sweep', packId: 'stass' });
    const boss = await addPerson(one, org.id, null, { email: 'boss@sweep.example', name: 'Boss', role: 'supervisor' });
    const staff = await addPerson(one, org.id, null, { email: 'staff@sweep.example', name: 'Staff', role: 'staff', supervisorId: boss.id });
    const p: Principal = {
      personId: staff.id, orgId: org.id, role: 'staff', isAdmin: false, packId: org.pack_id, packVersion: org.pack_version,
      via: 'token', passwordChangeRequired: false,
    };
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push((await createApprovalRequest(one, p, { kind: 'work-time-social-media', purpose: `Campaign ${i}` })).id);

    for (const app of apps) (app.clock as ReturnType<typeof fixedClock>).advance(60 * 86_400_000);
    const reports = await Promise.all([runWorkflowSweep(one), runWorkflowSweep(two), runWorkflowSweep(one), runWorkflowSweep(two)]);
    expect(reports.reduce((n, r) => n + r.expiredApprovals, 0)).toBe(ids.length);

    const kysely = one.store.db.kysely;
    const rows = await kysely.selectFrom('approval_requests').select(['id', 'status']).where('org_id', '=', org.id).execute();
    expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'expired'));
    const events = await kysely.selectFrom('audit_log').select('subject_id').where('org_id', '=', org.id).where('kind', '=', 'approval.expired').execute();
    expect(events.map((e) => e.subject_id).sort()).toEqual([...ids].sort());
    expect(await verifyAuditChain(kysely, org.id)).toMatchObject({ ok: true });
    expect((await runWorkflowSweep(two)).expiredApprovals).toBe(0);
  }, 120_000);
});
