/**
 * HTTP API benchmark (not a test): checks per second and p50/p99 latency of `POST /api/checks`
 * through a real server process, with a 10,000-client roster, on SQLite and on PostgreSQL.
 *
 *   npm run bench:api -- [--seconds 15] [--concurrency 32] [--roster 10000] [--only sqlite|postgres] [--workers N] [--instances N] [--profile DIR]
 *
 * --workers N: each server runs N processes sharing its port (POSTWISE_WORKERS, node:cluster);
 * --instances N: N separate servers on PostgreSQL, each on its own port.
 *
 * PostgreSQL: POSTWISE_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test);
 * a schema is created for the run and dropped after. Skipped when unreachable.
 *
 * Besides throughput and latency it prints CPU per check (Linux /proc) of the server (all its
 * workers), of PostgreSQL (every postgres process on the machine) and of this load generator:
 * on a shared machine those vary far less than throughput does. `--profile DIR` writes a
 * .cpuprofile per server process.
 * Targets (issue 3): ≥ 3,000 checks/s and p99 < 25 ms on 2 cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApiToken } from '../src/app/auth/api-tokens.js';
import { createApp } from '../src/app/create-app.js';
import { createOrganization } from '../src/app/organizations/create-organization.js';
import { addPerson } from '../src/app/people/add-person.js';
import { importRoster } from '../src/app/roster/import-roster.js';
import { parseConfig } from '../src/config/config.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] ?? fallback : fallback;
};
const SECONDS = Number(opt('seconds', '15'));
const CONCURRENCY = Number(opt('concurrency', '32'));
const ROSTER = Number(opt('roster', '10000'));
const ONLY = opt('only', '');
const PROFILE = opt('profile', '');
/** Separate servers on PostgreSQL (SQLite is always one). */
const INSTANCES = Number(opt('instances', '1'));
/** Worker processes of each server (POSTWISE_WORKERS). */
const WORKERS = Number(opt('workers', '1'));
const PEOPLE = 50;
const PG_URL = process.env.POSTWISE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MAIN = join(import.meta.dirname, '../src/cli/main.ts');
const KEY = Buffer.alloc(32, 3).toString('base64');

const FIRST = ['Amélie', 'Tom', 'Fatima', 'Chen', 'Olga', 'Mateo', 'Aisha', 'Lucas', 'Priya', 'Noah', 'Zofia', 'Ibrahim', 'Sofia', 'Kwame', 'Léa', 'Dmitri', 'Mei', 'Gwen', 'Rhys', 'Nadia'];
const LAST = ['Gagnon', 'Reid', 'Haddad', 'Wei', 'Petrova', 'García', 'Okafor', 'Tremblay', 'Sharma', 'Roy', 'Wiśniewska', 'Diallo', 'Rossi', 'Mensah', 'Côté', 'Ivanov', 'Lin', 'Jones', 'Evans', 'Karimi'];

function rosterCsv(n: number): string {
  const rows = ['name,ref,kind'];
  for (let i = 0; i < n; i += 1) {
    // Unique names: a base first/last pair plus a numbered middle-free surname variant.
    rows.push(`${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? `-${Math.floor(i / 400)}` : ''},r${i},${i % 10 === 9 ? 'former-client' : 'client'}`);
  }
  return `${rows.join('\n')}\n`;
}

const TEXTS = [
  'Great team day at the office! Proud of everyone.',
  'Lovely afternoon at the park with my kids, the weather was perfect.',
  'Had a long talk with Olga Petrova about her housing situation today.',
  'Our agency is hiring support workers, apply on our website.',
  'Use code CALM15 for 15% off my wellness coaching!',
  'Call me at 613-555-0199 if you want to join the fundraiser.',
  'Some clients are just impossible, honestly.',
  'Reading a good book on trauma-informed care this weekend.',
];

function activity(i: number): string {
  return JSON.stringify({ action: 'post', channel: 'personal', platform: 'facebook', text: TEXTS[i % TEXTS.length], language: 'en' });
}

interface Target { name: string; env: Record<string, string>; cleanup(): Promise<void> }

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'postwise-bench-'));
  return { name: 'sqlite', env: { POSTWISE_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresTarget(): Promise<Target | null> {
  const schema = `bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
  } catch (error) {
    console.log(`postgres: skipped (${(error as Error).message})`);
    return null;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const dir = mkdtempSync(join(tmpdir(), 'postwise-bench-'));
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    name: 'postgres', env: { POSTWISE_DATA_DIR: dir, DATABASE_URL: url },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Seeds an organization, people, tokens and the roster; returns the tokens. */
async function seed(env: Record<string, string>): Promise<string[]> {
  const app = await createApp(parseConfig({ ...env, POSTWISE_KEY: KEY }));
  try {
    const org = await createOrganization(app, { slug: 'bench', name: 'Bench Services', packId: 'iwso' });
    const tokens: string[] = [];
    for (let i = 0; i < PEOPLE; i += 1) {
      const person = await addPerson(app, org.id, null, { email: `p${i}@bench.org`, name: `Person ${i}`, role: 'staff' });
      tokens.push((await createApiToken(app, org.id, person.id, null, 'bench')).token);
    }
    const t0 = performance.now();
    await importRoster(app, org.id, null, rosterCsv(ROSTER));
    console.log(`  roster of ${ROSTER} imported (encrypted) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return tokens;
  } finally {
    await app.close();
  }
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const profile = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', MAIN, 'serve', '--port', String(port)], {
    env: { ...process.env, ...env, POSTWISE_KEY: KEY, POSTWISE_WORKERS: String(WORKERS) }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Ready once every worker says it is serving: the load's connections then reach them all.
  let serving = 0;
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    serving += chunk.toString().split('postwise: serving on').length - 1;
  });
  for (let i = 0; i < 300; i += 1) {
    if (serving >= WORKERS) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

function post(agent: Agent, port: number, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/checks', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function load(ports: number[], tokens: string[], seconds: number): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async (w: number): Promise<void> => {
    while (performance.now() < end) {
      i += 1;
      const t = performance.now();
      const status = await post(agent, ports[w % ports.length] ?? 0, tokens[(w + i) % tokens.length] ?? '', activity(i));
      if (status === 201) latencies.push(performance.now() - t);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  agent.destroy();
  return { latencies, errors, elapsed: (performance.now() - start) / 1000 };
}

const TICK_MS = 10; // Linux USER_HZ is 100

/**
 * CPU time (ms) used so far by processes and their live children (cluster workers), or by
 * every PostgreSQL process on the machine (a local server), from /proc: a machine shared with
 * other work makes throughput noisy, CPU per check much less so.
 */
function cpuMs(roots: readonly number[] | 'postgres'): number | undefined {
  try {
    const stats = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const fields = stat.replace(/^.*\) /, '').split(' ');
        return [{ pid: Number(d), ppid: Number(fields[1]), postgres: stat.includes('(postgres)'), ticks: Number(fields[11]) + Number(fields[12]) }];
      } catch { return []; }
    });
    if (roots === 'postgres') return stats.filter((s) => s.postgres).reduce((sum, s) => sum + s.ticks * TICK_MS, 0);
    const tree = new Set(roots);
    for (const s of stats) if (tree.has(s.ppid)) tree.add(s.pid);
    return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks * TICK_MS, 0);
  } catch {
    return undefined;
  }
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function benchOne(target: Target, instances: number): Promise<void> {
  console.log(`${target.name}${instances > 1 ? ` (${instances} instances)` : ''}${WORKERS > 1 ? ` (${WORKERS} workers each)` : ''}:`);
  const base = 41_000 + Math.floor(Math.random() * 10_000);
  const ports = Array.from({ length: instances }, (_, i) => base + i);
  const servers: ChildProcess[] = [];
  // Everything inside: a failed seed or start still stops the servers and drops the schema.
  try {
    const tokens = await seed(target.env);
    const started = await Promise.allSettled(ports.map((port) => startServer(target.env, port)));
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    await load(ports, tokens, 3); // warm-up: JIT, roster compilation, pools
    const pids = servers.map((s) => s.pid ?? 0);
    const serverCpu0 = cpuMs(pids);
    const dbCpu0 = target.name === 'postgres' ? cpuMs('postgres') : undefined;
    const clientCpu0 = process.cpuUsage();
    const { latencies, errors, elapsed } = await load(ports, tokens, SECONDS);
    const serverCpu1 = cpuMs(pids);
    const dbCpu1 = target.name === 'postgres' ? cpuMs('postgres') : undefined;
    const clientCpu = process.cpuUsage(clientCpu0);
    const sorted = latencies.sort((a, b) => a - b);
    const perCheck = (ms: number): string => (ms / Math.max(1, latencies.length)).toFixed(3);
    const cpu = serverCpu0 === undefined || serverCpu1 === undefined ? '' : `; CPU per check: server ${perCheck(serverCpu1 - serverCpu0)} ms, ` +
      `${dbCpu0 === undefined || dbCpu1 === undefined ? '' : `PostgreSQL (all its processes on this machine) ${perCheck(dbCpu1 - dbCpu0)} ms, `}` +
      `load generator ${perCheck((clientCpu.user + clientCpu.system) / 1000)} ms`;
    console.log(`  ${(latencies.length / elapsed).toFixed(0)} checks/s over ${elapsed.toFixed(1)} s, concurrency ${CONCURRENCY}; ` +
      `p50 ${pct(sorted, 0.5).toFixed(1)} ms, p99 ${pct(sorted, 0.99).toFixed(1)} ms; ${errors} errors${cpu}`);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await Promise.all(servers.map((server) => (server.exitCode !== null || server.signalCode !== null ? undefined : new Promise((r) => server.once('exit', r)))));
    await target.cleanup();
  }
}

console.log(`bench:api — ${availableParallelism()} CPUs, roster ${ROSTER}, ${PEOPLE} people, concurrency ${CONCURRENCY}, ${SECONDS} s, ${WORKERS} worker(s)`);
if (ONLY !== 'postgres') await benchOne(await sqliteTarget(), 1);
if (ONLY !== 'sqlite') {
  const target = await postgresTarget();
  if (target) await benchOne(target, INSTANCES);
}
