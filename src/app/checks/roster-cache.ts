import { compileContext, type CompiledContext } from '../../engine/index.js';
import type { RosterEntry } from '../../engine/contract/context.js';
import type { AppContext } from '../context.js';
import { toScreeningEntry, toView } from '../roster/roster-entry.js';

/** An organization's roster, decrypted and compiled into a matcher, at one roster version. */
export interface CompiledRoster {
  readonly version: number;
  readonly entries: readonly RosterEntry[];
  readonly compiled: CompiledContext;
}

/**
 * Compiled rosters per organization, held in memory. Every roster change bumps the
 * organization's `roster_version` in the same transaction, and every check reads that
 * version, so an instance never matches against a stale roster even when another instance
 * made the change. Concurrent checks on a stale roster share one compilation.
 */
export class RosterCache {
  private readonly entries = new Map<string, Promise<CompiledRoster>>();

  /** The compiled roster of `orgId` at `version`, compiling it when the cached one is older. */
  async get(app: AppContext, orgId: string, version: number): Promise<CompiledRoster> {
    const cached = this.entries.get(orgId);
    if (cached) {
      const value = await cached;
      if (value.version >= version) return value;
      if (this.entries.get(orgId) !== cached) return this.get(app, orgId, version);
    }
    const loading = this.load(app, orgId, version);
    this.entries.set(orgId, loading);
    loading.catch(() => this.entries.delete(orgId));
    return loading;
  }

  /** Forgets an organization's roster (tests, key rotation). */
  invalidate(orgId: string): void {
    this.entries.delete(orgId);
  }

  private async load(app: AppContext, orgId: string, version: number): Promise<CompiledRoster> {
    const rows = await app.store.roster.allActive(orgId);
    const entries = rows.map((row) => toScreeningEntry(toView(app.keyring, row)));
    return { version, entries, compiled: compileContext({ roster: entries }) };
  }
}
