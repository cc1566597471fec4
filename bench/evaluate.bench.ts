/**
 * Throughput of `evaluate` on one core (a benchmark, not a test): every built-in pack with all its
 * rules, a 10,000-name roster, realistic 300–600-character posts in English and French, p50/p99
 * latency and peak memory; then `redact-pii` (SyncRedactor) over the same posts, side by side.
 *
 *   npm run bench -- [--posts 2000] [--seconds 3] [--roster 10000] [--pack ID]
 */
import { availableParallelism, loadavg } from 'node:os';
import { SyncRedactor } from 'redact-pii';
import { compileContext, evaluate, type Activity, type CompiledPack, type Context } from '../src/engine/index.js';
import { BUILT_IN_IDS, loadPack } from '../src/packs/load.js';
import { generatePosts, generateRoster } from './fixtures/posts.js';

function opt(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] ?? fallback : fallback;
}

const POSTS = Number(opt('posts', '2000'));
const SECONDS = Number(opt('seconds', '3'));
const ROSTER = Number(opt('roster', '10000'));
const ONLY = opt('pack', '');

interface Figures {
  readonly perSecond: number;
  /** Calls per second of this thread's CPU time: the per-core figure when other processes share the machine. */
  readonly perCpuSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly calls: number;
}

const peak = { rss: 0, heap: 0 };
function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Calls `work` over the items round-robin for `seconds` (after a warm-up pass) and times each call. */
function measure<T>(items: readonly T[], work: (item: T) => unknown): Figures {
  for (const item of items) work(item);
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let i = 0;
  for (;;) {
    const item = items[i % items.length] as T;
    const t0 = performance.now();
    work(item);
    latencies.push(performance.now() - t0);
    i++;
    if ((i & 1023) === 0) {
      sampleMemory();
      if (performance.now() >= deadline) break;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const sorted = Float64Array.from(latencies).sort();
  return { perSecond: i / elapsed, perCpuSecond: i / cpuSeconds, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0, calls: i };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n.toFixed(3)} ms`;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const roster = generateRoster(ROSTER);
const posts = generatePosts(POSTS, roster);
const lengths = posts.map((p) => p.text.length);
const context: Context = {
  now: '2026-11-21T12:00:00Z',
  organization: { name: 'Harbourview Family Services', aliases: ['Harbourview'], emailDomains: ['harbourview.org'] },
  roster,
  consents: roster.slice(0, 500).map((entry) => ({ subject: entry.id, scope: 'photo' as const, signedBy: 'self' as const, written: true, informedOfRisks: true })),
  approvals: [{ kind: 'speak-for-org', grantedByRole: 'supervisor', personId: 'staff-1' }],
  accounts: [{ id: 'official-fb', platform: 'facebook', holder: 'communications', postingAllowed: true, authorized: true }],
  grants: [{ accountId: 'official-fb', personId: 'staff-1', from: '2026-11-01', until: '2026-12-01', approvedByRole: 'executive-director' }],
};

console.log(`npm run bench — evaluate() on one core, Node ${process.version}`);
console.log(`  ${fmt(posts.length)} posts, ${Math.min(...lengths)}–${Math.max(...lengths)} characters (mean ${fmt(lengths.reduce((a, b) => a + b, 0) / lengths.length)}), English and French`);
const t0 = performance.now();
const compiled = compileContext(context);
console.log(`  roster of ${fmt(ROSTER)} names compiled once in ${fmt(performance.now() - t0)} ms`);
sampleMemory();

const packs: CompiledPack[] = (ONLY ? [ONLY] : [...BUILT_IN_IDS]).map((id) => loadPack(id));
const activities: Activity[] = posts.map((p) => p.activity);
const rows: [string, Figures][] = [];
for (const pack of packs) {
  rows.push([`postwise ${pack.id} (${pack.rules.length} rules, ${new Set(pack.rules.flatMap((r) => [...r.detectors, ...r.unlessDetectors].map((d) => d.detector.id))).size} detectors)`, measure(activities, (a) => evaluate(pack, a, compiled))]);
}
const ourPeak = { ...peak };

const redactor = new SyncRedactor();
const texts = posts.map((p) => p.text);
peak.rss = 0;
peak.heap = 0;
const theirs = measure(texts, (text) => redactor.redact(text));

const width = Math.max(...rows.map(([name]) => name.length), 'redact-pii'.length);
console.log('');
console.log(`${'engine'.padEnd(width)}  ${'activities/s'.padStart(12)}  ${'per CPU-s'.padStart(10)}  ${'p50'.padStart(10)}  ${'p99'.padStart(10)}  ${'max'.padStart(10)}`);
for (const [name, f] of [...rows, ['redact-pii SyncRedactor', theirs] as [string, Figures]]) {
  console.log(`${name.padEnd(width)}  ${fmt(f.perSecond).padStart(12)}  ${fmt(f.perCpuSecond).padStart(10)}  ${ms(f.p50).padStart(10)}  ${ms(f.p99).padStart(10)}  ${ms(f.max).padStart(10)}`);
}
// A 1 MB post, once per pack: the engine must stay linear on what nobody should post but someone will.
const megabyte = posts.map((p) => p.text).join(' ').repeat(2).slice(0, 1_000_000);
console.log('');
for (const pack of packs) {
  const started = performance.now();
  const result = evaluate(pack, { action: 'post', channel: 'official', text: megabyte, language: 'en' }, compiled);
  console.log(`1 MB post, ${pack.id}: ${fmt(performance.now() - started)} ms (${result.findings.length} findings)`);
}
const load = loadavg()[0] ?? 0;
if (load > 1.5) console.log(`\nNote: load average ${load.toFixed(1)} on ${availableParallelism()} cores: other processes share the CPU; "per CPU-s" counts only this thread's CPU time.`);
const slowest = rows.reduce((a, b) => (b[1].perSecond < a[1].perSecond ? b : a));
const worstP99 = Math.max(...rows.map(([, f]) => f.p99));
console.log('');
console.log(`peak memory: postwise RSS ${MB(ourPeak.rss)} (heap ${MB(ourPeak.heap)}); redact-pii RSS ${MB(peak.rss)} (heap ${MB(peak.heap)})`);
console.log(`slowest pack: ${fmt(slowest[1].perSecond)}/s — ${(slowest[1].perSecond / theirs.perSecond).toFixed(1)}× redact-pii; worst p99 ${ms(worstP99)}`);
console.log(`targets: ≥ 20,000/s per core ${slowest[1].perSecond >= 20_000 ? 'met' : 'NOT met'}; p99 < 1 ms ${worstP99 < 1 ? 'met' : 'NOT met'}; faster than redact-pii ${slowest[1].perSecond > theirs.perSecond ? 'yes' : 'no'}`);
