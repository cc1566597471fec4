import { compileContext, type CompiledContext } from '../../engine/index.js';
import type { RosterEntry } from '../../engine/contract/context.js';
import type { AppContext } from '../context.js';
import { toScreeningEntry, toView } from '../roster/roster-entry.js';

/** An organization's roster, decrypted and compiled into a matcher. */
export interface CompiledRoster {
  readonly entries: readonly RosterEntry[];
  readonly compiled: CompiledContext;
}

/**
 * Decrypts an organization's active roster and compiles it. Costly (a 10,000-client roster
 * takes a fraction of a second): cache it by `organizations.roster_version`, which every roster
 * change bumps in its transaction.
 */
export async function loadCompiledRoster(app: AppContext, orgId: string): Promise<CompiledRoster> {
  const rows = await app.store.roster.allActive(orgId);
  const entries = rows.map((row) => toScreeningEntry(toView(app.keyring, row)));
  return { entries, compiled: compileContext({ roster: entries }) };
}
