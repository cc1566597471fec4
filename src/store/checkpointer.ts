import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { Db } from './connect.js';

/** How often the thread checkpoints: the WAL stays small without a checkpoint per commit burst. */
const EVERY_MS = 500;
/** SQLite's own default, restored when the thread stops or fails. */
const AUTOCHECKPOINT_PAGES = 1000;

// Plain JavaScript run in the thread: its own connection, a PASSIVE checkpoint every `everyMs`
// (several workers each run one: a checkpoint already under way elsewhere is not an error).
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); }
  catch (error) { if (error.code !== 'SQLITE_BUSY') throw error; } // another worker's thread is at it
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. A checkpoint copies the WAL back into the
 * database file and fsyncs both; run by the connection that commits (SQLite's default, every
 * 1,000 pages), it stalled every request in flight for several milliseconds many times a
 * second under load. Here the server's connection never checkpoints, and a thread with its own
 * connection does, PASSIVE (it never waits for or blocks a writer). Durability is unchanged:
 * a commit is in the WAL whether or not it has been checkpointed. If the thread fails, the
 * server's connection checkpoints itself again. Returns how to stop it.
 */
export async function checkpointInBackground(db: Db, onError: (error: unknown) => void): Promise<() => Promise<void>> {
  if (db.dialect !== 'sqlite' || !db.file) return () => Promise.resolve();
  const autocheckpoint = (pages: number) => sql.raw(`pragma wal_autocheckpoint = ${pages}`).execute(db.kysely);
  const worker = new Worker(THREAD, {
    eval: true, workerData: { file: db.file, everyMs: EVERY_MS, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping = false;
  worker.once('error', (error) => {
    onError(error);
    if (!stopping) autocheckpoint(AUTOCHECKPOINT_PAGES).catch(onError);
  });
  await autocheckpoint(0);
  return async () => {
    stopping = true;
    await autocheckpoint(AUTOCHECKPOINT_PAGES);
    worker.postMessage('stop');
    await exited;
  };
}
