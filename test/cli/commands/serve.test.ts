/**
 * `postwise serve` as a process: it answers, it runs the workflow sweep on its interval, and
 * SIGTERM / SIGINT stop it cleanly (exit code 0), on SQLite and PostgreSQL.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Principal } from '../../../src/app/auth/principal.js';
import { createApp, type App } from '../../../src/app/create-app.js';
import { createOrganization } from '../../../src/app/organizations/create-organization.js';
import { addPerson } from '../../../src/app/people/add-person.js';
import { fixedClock } from '../../../src/app/ports.js';
import { createApprovalRequest } from '../../../src/app/workflows/approvals.js';
import { parseConfig } from '../../../src/config/config.js';
import { describeEachDialect } from '../../store/dialects.js';
import { startPostwise, TEST_KEY } from './run-postwise.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until `condition` holds, polling; fails after `ms`. */
async function eventually(condition: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(200);
  }
}

/** Starts `postwise serve` on a free port and resolves with its address once it listens. */
async function serve(h: Parameters<typeof startPostwise>[0], args: string[] = []): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = startPostwise(h, ['serve', '--port', '0', ...args]);
  // The request log goes to standard output, the start-up line to standard error.
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  await eventually(async () => /serving on http:\/\/\S+:\d+/.test(stderr) || child.exitCode !== null, 60_000);
  const url = /serving on (http:\/\/\S+:\d+)/.exec(stderr)?.[1];
  if (!url) throw new Error(`serve did not start: ${stderr}`);
  return { child, url, output: () => `${stderr}${stdout}` };
}

describeEachDialect('postwise serve', (h) => {
  let app: App;
  let staff: Principal;
  const status = async (id: string) =>
    (await app.store.db.kysely.selectFrom('approval_requests').select('status').where('id', '=', id).executeTakeFirst())?.status;

  beforeAll(async () => {
    const config = parseConfig({ POSTWISE_KEY: TEST_KEY, POSTWISE_DATA_DIR: h.connectOptions.dataDir });
    // Requests made two months ago: long past their decision window by the server's clock.
    const clock = fixedClock(new Date(Date.now() - 60 * 86_400_000));
    app = await createApp(config, h.dialect === 'postgres' ? { db: h.db, clock } : { clock });
    const org = await createOrganization(app, { slug: `serve-${h.dialect}`, name: 'Serve', packId: 'stass' });
    const boss = await addPerson(app, org.id, null, { email: 'boss@serve.example', name: 'Boss', role: 'supervisor' });
    const person = await addPerson(app, org.id, null, { email: 'staff@serve.example', name: 'Staff', role: 'staff', supervisorId: boss.id });
    staff = {
      personId: person.id, orgId: org.id, role: 'staff', isAdmin: false, packId: org.pack_id, packVersion: org.pack_version,
      via: 'token', passwordChangeRequired: false,
    };
  });
  afterAll(() => app.close());

  it('sweeps at start and on its interval, then stops on SIGTERM with exit code 0', async () => {
    const before = await createApprovalRequest(app, staff, { kind: 'work-time-social-media', purpose: 'Before start' });
    const { child, url, output } = await serve(h, ['--sweep-interval', '1']);
    try {
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      await eventually(async () => (await status(before.id)) === 'expired');
      const during = await createApprovalRequest(app, staff, { kind: 'work-time-social-media', purpose: 'While serving' });
      await eventually(async () => (await status(during.id)) === 'expired', 15_000);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit') as [number | null];
    expect(code, output()).toBe(0);
    expect(output()).toMatch(/SIGTERM: stopping/);
    expect(output()).not.toMatch(/"level":50/);
  }, 120_000);

  it('stops on SIGINT too, and refuses a bad interval with exit code 2', async () => {
    const { child, output } = await serve(h);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit') as [number | null];
    expect(code, output()).toBe(0);

    const bad = startPostwise(h, ['serve', '--port', '0', '--sweep-interval', 'soon']);
    const [badCode] = await once(bad, 'exit') as [number | null];
    expect(badCode).toBe(2);
  }, 120_000);
});
