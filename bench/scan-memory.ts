/**
 * Memory benchmark of the archive importer (not a test): writes a 1,000,000-post X archive
 * (`data/tweets.js` layout) to a temp folder, streams it through `openArchive`, and prints
 * the throughput and the peak RSS and heap.
 *
 *   npx tsx bench/scan-memory.ts [posts] [--engine PACK]
 *
 * With `--engine`, every item also goes through the whole scan (activity, engine, spool),
 * as `postwise scan` does, with the built-in pack given.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { scanArchive } from '../src/cli/scan/scanner.js';
import { compileContext, evaluate } from '../src/engine/index.js';
import { openArchive, type ArchiveItem } from '../src/importers/index.js';
import { loadPack } from '../src/packs/load.js';

const args = process.argv.slice(2);
const enginePack = args.includes('--engine') ? args[args.indexOf('--engine') + 1] ?? 'valoris' : undefined;
const POSTS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1_000_000);
const MB = 1024 * 1024;

function tweet(index: number): string {
  const id = String(1_600_000_000_000_000_000n + BigInt(index));
  const reply = index % 3 === 0 ? `,\n      "in_reply_to_status_id_str" : "${id}"` : '';
  const text = `Post number ${index}: a day at work, thinking about the team & our clients 💪 #health`;
  return `  {\n    "tweet" : {\n      "id_str" : "${id}",\n      "created_at" : "Sat Feb 18 19:45:15 +0000 2023",\n`
    + `      "full_text" : ${JSON.stringify(text)},\n      "entities" : { "hashtags" : [ ], "urls" : [ ] },\n`
    + `      "favorite_count" : "${index % 50}",\n      "lang" : "en"${reply}\n    }\n  }`;
}

async function writeArchive(folder: string): Promise<string> {
  await mkdir(join(folder, 'data'));
  const path = join(folder, 'data', 'tweets.js');
  const out = createWriteStream(path);
  out.write('window.YTD.tweets.part0 = [\n');
  for (let i = 0; i < POSTS; i++) {
    if (!out.write(`${tweet(i)}${i + 1 < POSTS ? ',' : ''}\n`)) await once(out, 'drain');
  }
  out.end(']');
  await once(out, 'finish');
  return path;
}

const peak = { rss: 0, heap: 0 };
function sample(): void {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
}

const folder = await mkdtemp(join(tmpdir(), 'postwise-bench-'));
try {
  process.stdout.write(`Writing ${POSTS.toLocaleString('en')} posts… `);
  const path = await writeArchive(folder);
  const size = (await stat(path)).size;
  process.stdout.write(`${(size / MB).toFixed(0)} MB\n`);
  global.gc?.();
  sample();
  const baseline = { ...peak };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  let items = 0;
  let characters = 0;
  async function* counted(): AsyncGenerator<ArchiveItem> {
    for await (const item of openArchive(folder)) {
      items++;
      characters += item.text.length;
      if ((items & 0x3fff) === 0) sample();
      yield item;
    }
  }
  if (enginePack) {
    const pack = loadPack(enginePack);
    const context = compileContext({});
    const flagged = await scanArchive(counted(), (activity) => evaluate(pack, activity, context),
      { archive: folder, pack: enginePack, channel: 'personal' }, async (report) => report.summary.total - report.summary.byVerdict.allow);
    console.log(`Scanned with pack ${enginePack}: ${flagged.toLocaleString('en')} posts flagged`);
  } else {
    for await (const _item of counted()) { /* read only */ }
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  if (items !== POSTS) throw new Error(`read ${items} items, expected ${POSTS}`);
  console.log(`Read ${items.toLocaleString('en')} items (${characters.toLocaleString('en')} characters) in ${seconds.toFixed(1)} s`);
  console.log(`  ${Math.round(items / seconds).toLocaleString('en')} items/s, ${(size / MB / seconds).toFixed(1)} MB/s`);
  console.log(`  RSS  before ${(baseline.rss / MB).toFixed(0)} MB, peak ${(peak.rss / MB).toFixed(0)} MB`);
  console.log(`  heap before ${(baseline.heap / MB).toFixed(0)} MB, peak ${(peak.heap / MB).toFixed(0)} MB`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
