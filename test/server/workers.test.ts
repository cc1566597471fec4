/**
 * `postwise serve` with POSTWISE_WORKERS=2: two processes serve one port over one database,
 * share its state (the audit chain, rate limits), replace a worker that dies, and all stop
 * on SIGTERM. One of them runs the scheduled work, and its replacement when it dies.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { createOrganization } from '../../src/app/organizations/create-organization.js';
import { addPerson } from '../../src/app/people/add-person.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { parseConfig } from '../../src/config/config.js';
import { describeEachDialect } from '../store/dialects.js';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');
const KEY = Buffer.alloc(32, 6).toString('base64');

/** The live Node.js child processes of `pid` (Linux /proc), leaving out helpers such as esbuild's. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.replace(/^.*\) /, '').split(' ');
      return stat.includes('(node)') && Number(fields[1]) === pid && fields[0] !== 'Z' ? [Number(d)] : [];
    } catch { return []; }
  });
}

/** The process that said it runs the scheduled work, in each `serving on` line of the log so far. */
function sweepers(log: string): number[] {
  return [...log.matchAll(/postwise: serving on .*; (sweeping every [\d.]+ s|another worker sweeps) \(process (\d+)\)/g)]
    .flatMap((m) => (m[1]?.startsWith('sweeping') ? [Number(m[2])] : []));
}

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeEachDialect('serve with two workers', (h) => {
  it('serves checks from both workers into one chain, replaces a killed worker, and stops on SIGTERM', async () => {
    const o = h.connectOptions;
    const databaseUrl = o.databaseUrl ? `${o.databaseUrl}?options=${encodeURIComponent(`-c search_path=${o.pgSchema ?? 'public'}`)}` : undefined;
    const env = { POSTWISE_DATA_DIR: o.dataDir, POSTWISE_KEY: KEY, POSTWISE_SECURE_COOKIES: 'false', POSTWISE_WORKERS: '2', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    const seed = await createApp(parseConfig(env));
    const org = await createOrganization(seed, { slug: `workers-${h.dialect}`, name: 'Workers', packId: 'iwso' });
    await addPerson(seed, org.id, null, { email: 'w@x.org', name: 'W', role: 'staff', password: 'workers12' });
    await seed.close();

    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const primary = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', String(port)], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let serving = 0;
    let log = '';
    primary.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      serving = log.split('postwise: serving on').length - 1;
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      // Each worker compiles the sources on start (tsx): slow on a busy machine, so wait long and say what happened.
      await until(() => serving >= 2, 'two workers serving', 180_000).catch((error: Error) => { throw new Error(`${error.message}; server said:\n${log.slice(-2000)}`); });
      const workers = childrenOf(primary.pid ?? 0);
      expect(workers).toHaveLength(2);
      // One sweep and one housekeeping for the two, not one each.
      const [sweeper] = sweepers(log);
      expect(sweepers(log)).toHaveLength(1);
      expect(workers).toContain(sweeper);

      const signIn = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ organization: org.slug, email: 'w@x.org', password: 'workers12' }) });
      const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      const { csrfToken } = await signIn.json() as { csrfToken: string };
      // New connections each time: the primary hands them to the workers in turn.
      const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => fetch(`${base}/api/checks`, {
        method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, connection: 'close' },
        body: JSON.stringify({ action: 'post', channel: 'personal', text: `post ${i}` }),
      }).then((r) => r.status)));
      expect(statuses.every((s) => s === 201)).toBe(true);

      // The worker that sweeps dies: its replacement takes the scheduled work over.
      process.kill(sweeper ?? 0, 'SIGKILL');
      await until(() => {
        const now = childrenOf(primary.pid ?? 0);
        return now.length === 2 && !now.includes(sweeper ?? 0);
      }, 'a replacement worker');
      await until(() => serving >= 3, 'the replacement serving');
      const replacement = childrenOf(primary.pid ?? 0).find((pid) => !workers.includes(pid));
      expect(sweepers(log)).toEqual([sweeper, replacement]);
      expect((await fetch(`${base}/api/health`)).status).toBe(200);

      const exited = new Promise<number | null>((resolve) => primary.once('exit', resolve));
      primary.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(childrenOf(primary.pid ?? 0)).toEqual([]);

      const check = await createApp(parseConfig(env), { migrate: false });
      try {
        const stored = await check.store.db.kysely.selectFrom('checks').select('id').where('org_id', '=', org.id).execute();
        expect(stored).toHaveLength(40);
        expect(await verifyAuditChain(check.store.db.kysely, org.id)).toMatchObject({ ok: true });
      } finally {
        await check.close();
      }
    } finally {
      primary.kill('SIGKILL');
      for (const pid of childrenOf(primary.pid ?? 0)) process.kill(pid, 'SIGKILL');
    }
  }, 400_000);
});
