import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../store/schema.js';
import { GENESIS_HASH, hashEntry } from './chain.js';
import { isAuditEventKind } from './events.js';

/** The first entry that breaks a chain, and why. */
export interface ChainBreak {
  readonly orgId: string;
  /** The sequence number where the chain breaks (the missing one, for a removed row). */
  readonly seq: number;
  readonly id: string | null;
  readonly reason: 'hash-mismatch' | 'broken-link' | 'missing-entry' | 'unknown-kind' | 'head-mismatch';
}

export interface VerifyOutcome {
  readonly ok: boolean;
  readonly organizations: number;
  readonly entries: number;
  readonly firstBreak: ChainBreak | null;
}

const BATCH = 1_000;

function checkRow(row: Selectable<AuditLogTable>, expectedSeq: number, prevHash: string): ChainBreak | null {
  const at = { orgId: row.org_id, seq: expectedSeq };
  if (row.seq !== expectedSeq) return { ...at, id: null, reason: 'missing-entry' };
  if (row.prev_hash !== prevHash) return { ...at, id: row.id, reason: 'broken-link' };
  if (!isAuditEventKind(row.kind)) return { ...at, id: row.id, reason: 'unknown-kind' };
  const hash = hashEntry({
    orgId: row.org_id, seq: row.seq, id: row.id, kind: row.kind, actorId: row.actor_id,
    subjectId: row.subject_id, data: row.data, at: row.at, prevHash: row.prev_hash,
  });
  return hash === row.hash ? null : { ...at, id: row.id, reason: 'hash-mismatch' };
}

/** Walks one organization's chain from its first entry; returns the first break, if any. */
async function verifyOrganization(db: Kysely<Database>, orgId: string): Promise<{ entries: number; brk: ChainBreak | null }> {
  let prevHash = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId)
      .where('seq', '>=', expected).orderBy('seq').limit(BATCH).execute();
    for (const row of rows) {
      const brk = checkRow(row, expected, prevHash);
      if (brk) return { entries: expected - 1, brk };
      prevHash = row.hash;
      expected += 1;
    }
    if (rows.length < BATCH) break;
  }
  // The head row remembers the last entry: removing entries from the end is detected too.
  const head = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('org_id', '=', orgId).executeTakeFirst();
  const last = expected - 1;
  if (!head || head.seq !== last || head.hash !== prevHash) {
    return { entries: last, brk: { orgId, seq: head && head.seq > last ? last + 1 : last, id: null, reason: 'head-mismatch' } };
  }
  return { entries: last, brk: null };
}

/**
 * Verifies the audit chain of one organization, or of all of them: every entry's hash,
 * every link to the previous entry, no gap in the sequence, and the head at the last entry.
 */
export async function verifyAuditChain(db: Kysely<Database>, orgId?: string): Promise<VerifyOutcome> {
  const orgIds = orgId
    ? [orgId]
    : (await db.selectFrom('audit_heads').select('org_id').orderBy('org_id').execute()).map((r) => r.org_id);
  let entries = 0;
  for (const id of orgIds) {
    const outcome = await verifyOrganization(db, id);
    entries += outcome.entries;
    if (outcome.brk) return { ok: false, organizations: orgIds.length, entries, firstBreak: outcome.brk };
  }
  return { ok: true, organizations: orgIds.length, entries, firstBreak: null };
}
