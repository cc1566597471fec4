import cluster, { type Worker } from 'node:cluster';

/** A replacement for a worker that died is started after this pause (no tight crash loop). */
const RESTART_AFTER_MS = 1_000;

/** Set by the primary on the environment of each worker: `1` on the one that runs the scheduled work. */
const SCHEDULED_WORK_ENV = 'POSTWISE_RUNS_SCHEDULED_WORK';

/** Whether this process is a worker forked by `superviseWorkers`. */
export const isServerWorker = (): boolean => cluster.isWorker;

/**
 * Whether this process runs the scheduled work (workflow sweep, housekeeping): a process that
 * serves alone does; of the workers of `--workers N`, only the one the primary chose, so that
 * N workers do not make N times its queries.
 */
export const runsScheduledWork = (): boolean => !cluster.isWorker || process.env[SCHEDULED_WORK_ENV] === '1';

/** Lets a worker that has stopped serving exit: its channel to the primary would keep it alive. */
export function leaveCluster(): void {
  if (cluster.isWorker) cluster.worker?.disconnect();
}

/**
 * The primary of `postwise serve --workers N` (node:cluster): prepares the store once
 * (migrations, the key file), then forks `count` workers that each serve the same port (the
 * primary hands connections out in turn). A worker that dies is replaced; SIGTERM or SIGINT
 * is passed on to every worker, and the primary returns once they have all finished their
 * in-flight requests and exited. Workers share nothing but the database, as separate
 * instances do. One worker at a time runs the scheduled work (`runsScheduledWork`): the first,
 * and whichever replaces it when it dies.
 */
export async function superviseWorkers(count: number, prepare: () => Promise<void>, log: (line: string) => void): Promise<void> {
  await prepare();
  let stopping = false;
  const live = new Set<Worker>();
  let scheduler: Worker | undefined;
  const fork = (): void => {
    const runsSchedule = scheduler === undefined;
    // Always set, so that a value in the primary's own environment is not inherited by every worker.
    const worker = cluster.fork({ [SCHEDULED_WORK_ENV]: runsSchedule ? '1' : '0' });
    if (runsSchedule) scheduler = worker;
    live.add(worker);
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (scheduler === worker) scheduler = undefined;
      if (stopping) return;
      log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      setTimeout(() => { if (!stopping) fork(); }, RESTART_AFTER_MS);
    });
  };
  for (let i = 0; i < count; i += 1) fork();
  log(`${count} workers`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      if (live.size === 0) resolve();
      for (const worker of live) {
        worker.once('exit', () => { if (live.size === 0) resolve(); });
        worker.process.kill(signal);
      }
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
