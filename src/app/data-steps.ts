import { sealActivity } from './checks/sealed-activity.js';
import type { AppContext } from './context.js';
import { runPeriodically, type Periodic } from './housekeeping.js';
import { fromRow, toRow } from './workflows/record-codec.js';
import { approvalSpec } from './workflows/record-specs.js';

const BATCH = 500;

/**
 * Encrypts what was stored in clear before it was encrypted: check activities, and approval
 * requests' purposes and reasons. Each row is rewritten only if unchanged since it was read,
 * so that instances running this at once, or a request writing the row, lose nothing; an
 * approval keeps its version and time (its content did not change).
 */
async function sealClearText(app: AppContext): Promise<void> {
  for (const org of await app.store.organizations.list()) {
    for (let after = ''; ;) {
      const rows = await app.store.checks.clearActivities(org.id, after, BATCH);
      for (const row of rows) await app.store.checks.sealActivity(org.id, row.id, row.activity, sealActivity(app.keyring, org.id, row.id, JSON.parse(row.activity)));
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]?.id ?? after;
    }
    const approvals = app.store.workflows.approval_requests;
    for (let after = ''; ;) {
      const rows = await approvals.unsealed(org.id, after, BATCH);
      for (const row of rows) {
        const sealed = toRow(app.keyring, approvalSpec, fromRow(app.keyring, approvalSpec, row), row.updated_at);
        if (sealed.personal !== null) await approvals.updateVersioned(sealed, row.version);
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }
}

/** Every step a migration may leave pending (`pending_data_steps`), by name. */
const STEPS: Readonly<Record<string, (app: AppContext) => Promise<void>>> = {
  'seal-clear-text': sealClearText,
};

/**
 * Runs the data steps migrations left pending (they need the data key, which migrations never
 * have), each until done, then marks it done. Safe on several instances at once.
 */
export async function runPendingDataSteps(app: AppContext): Promise<string[]> {
  const ran: string[] = [];
  for (const name of await app.store.dataSteps.pending()) {
    const step = STEPS[name];
    if (!step) continue;
    await step(app);
    await app.store.dataSteps.done(name);
    ran.push(name);
  }
  return ran;
}

/** Runs the pending data steps now, in the background, and looks for new ones hourly (a cheap read). */
export function startDataSteps(app: AppContext, onError: (error: unknown) => void): Periodic {
  return runPeriodically(() => runPendingDataSteps(app), 3_600_000, onError);
}
