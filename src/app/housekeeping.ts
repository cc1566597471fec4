import type { AppContext } from './context.js';
import { iso } from './ports.js';

/** How long an idempotency key's stored reply is kept: retries come within minutes, not days. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/**
 * Deletes expired sessions and old idempotency replies. Each statement is a plain conditional
 * DELETE, so several instances may run it at once without harm (each row goes once).
 */
export async function housekeeping(app: AppContext): Promise<void> {
  const now = app.clock.now();
  await app.store.sessions.removeExpired(iso(now));
  await app.store.idempotency.removeOlderThan(iso(new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000)));
}

/** Scheduled work that can be stopped; `stop` resolves once a run in progress has finished. */
export interface Periodic {
  stop(): Promise<void>;
}

/**
 * Runs `task` now and then every `everyMs`. A run still going when the next is due is not
 * doubled up (a slow database does not pile up sweeps); failures go to `onError` and the
 * schedule carries on. The timer does not keep the process alive.
 */
export function runPeriodically(task: () => Promise<unknown>, everyMs: number, onError: (error: unknown) => void = () => undefined): Periodic {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = (): void => {
    if (stopped || running) return;
    running = task().then(() => undefined, onError).finally(() => { running = undefined; });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      // Closing the database under a run would turn a clean shutdown into errors.
      await running;
    },
  };
}

/** Runs `housekeeping` now and then every `everyMs` (default hourly). */
export function startHousekeeping(app: AppContext, everyMs = 3_600_000, onError: (error: unknown) => void = () => undefined): Periodic {
  return runPeriodically(() => housekeeping(app), everyMs, onError);
}
