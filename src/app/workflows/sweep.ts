import type { AppContext } from '../context.js';
import { runPeriodically, type Periodic } from '../housekeeping.js';
import { expireDueApprovals } from './approvals.js';

/** What one sweep changed. */
export interface SweepReport {
  readonly expiredApprovals: number;
}

/**
 * The workflows' scheduled work, for every organization: today, expiring approval requests whose
 * decision window has passed. Grants need no sweep (they lapse by their period) and overdue
 * incidents and tasks are computed by the reminders. Safe to run on several instances at once:
 * each change is a versioned update, so every due item changes once.
 */
export async function runWorkflowSweep(app: AppContext): Promise<SweepReport> {
  let expiredApprovals = 0;
  for (const org of await app.store.organizations.list()) expiredApprovals += await expireDueApprovals(app, org.id);
  return { expiredApprovals };
}

/** How often `postwise serve` sweeps by default: an expired request shows as expired within a minute. */
export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** Runs the sweep now and then every `everyMs`; several instances may each run it. */
export function startWorkflowSweep(app: AppContext, everyMs = DEFAULT_SWEEP_INTERVAL_MS, onError: (error: unknown) => void = () => undefined): Periodic {
  return runPeriodically(() => runWorkflowSweep(app), everyMs, onError);
}
