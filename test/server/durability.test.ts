/**
 * A server process killed (SIGKILL) in the middle of writes loses nothing it acknowledged,
 * and its audit chain still verifies.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { createOrganization } from '../../src/app/organizations/create-organization.js';
import { addPerson } from '../../src/app/people/add-person.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { parseConfig } from '../../src/config/config.js';
import { connect } from '../../src/store/connect.js';
import { describeEachDialect } from '../store/dialects.js';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');
const KEY = Buffer.alloc(32, 5).toString('base64');

describeEachDialect('crash safety', (h) => {
  it('keeps every acknowledged check after kill -9', async () => {
    const o = h.connectOptions;
    const databaseUrl = o.databaseUrl ? `${o.databaseUrl}?options=${encodeURIComponent(`-c search_path=${o.pgSchema ?? 'public'}`)}` : undefined;
    const env = { POSTWISE_DATA_DIR: o.dataDir, POSTWISE_KEY: KEY, POSTWISE_SECURE_COOKIES: 'false', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    const seed = await createApp(parseConfig(env));
    const org = await createOrganization(seed, { slug: `crash-${h.dialect}`, name: 'Crash', packId: 'iwso' });
    await addPerson(seed, org.id, null, { email: 'w@x.org', name: 'W', role: 'staff', password: 'crashtest1' });
    await seed.close();

    const port = 40_000 + Math.floor(Math.random() * 20_000);
    // One process (no tsx wrapper), so that SIGKILL kills the server itself.
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', String(port)], { env: { ...process.env, ...env }, stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; i < 100; i += 1) {
        try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* not up yet */ }
        await new Promise((r) => setTimeout(r, 200));
      }
      const signIn = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ organization: org.slug, email: 'w@x.org', password: 'crashtest1' }) });
      const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { csrfToken } = await signIn.json() as { csrfToken: string };
      const acknowledged: string[] = [];
      const fire = async (i: number): Promise<void> => {
        try {
          const res = await fetch(`${base}/api/checks`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
            body: JSON.stringify({ action: 'post', channel: 'personal', text: `post number ${i}` }) });
          if (res.status === 201) acknowledged.push((await res.json() as { id: string }).id);
        } catch { /* the process died under this request: not acknowledged */ }
      };
      // Ten writers; once 30 checks are acknowledged the process is killed under the others.
      let sent = 0;
      const writer = async (): Promise<void> => {
        while (sent < 400 && child.exitCode === null && child.signalCode === null) {
          sent += 1;
          await fire(sent);
          if (acknowledged.length >= 30 && !child.killed) child.kill('SIGKILL');
        }
      };
      const inFlight = Array.from({ length: 10 }, writer);
      await Promise.all(inFlight);
      expect(acknowledged.length).toBeGreaterThan(0);
      expect(acknowledged.length).toBeLessThan(400);
      const db = connect({ databaseUrl, dataDir: o.dataDir });
      try {
        const stored = await db.kysely.selectFrom('checks').select('id').where('org_id', '=', org.id).execute();
        const ids = new Set(stored.map((r) => r.id));
        expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
        expect(await verifyAuditChain(db.kysely, org.id)).toMatchObject({ ok: true });
      } finally {
        await db.destroy();
      }
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});
