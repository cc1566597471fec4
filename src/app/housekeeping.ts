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

/** Runs `housekeeping` now and then every `everyMs`; returns a function that stops it. */
export function startHousekeeping(app: AppContext, everyMs = 3_600_000, onError: (error: unknown) => void = () => undefined): () => void {
  const run = (): void => { housekeeping(app).catch(onError); };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
