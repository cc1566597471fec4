import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** Which entries to export: `from` inclusive, `to` exclusive, ISO timestamps or dates. */
export interface ExportRange {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly orgId?: string | undefined;
}

/** One exported entry, in the shape of the JSON export. */
export interface ExportedEntry {
  orgId: string; seq: number; id: string; kind: string; actorId: string | null;
  subjectId: string | null; data: unknown; at: string; prevHash: string; hash: string;
}

const COLUMNS = ['orgId', 'seq', 'id', 'kind', 'actorId', 'subjectId', 'data', 'at', 'prevHash', 'hash'] as const;

/** Reads entries in range, oldest first, in batches. */
export async function* auditEntries(db: Kysely<Database>, range: ExportRange): AsyncGenerator<ExportedEntry> {
  let after: [string, string, number] | null = null;
  for (;;) {
    let q = db.selectFrom('audit_log').selectAll();
    if (range.orgId) q = q.where('org_id', '=', range.orgId);
    if (range.from) q = q.where('at', '>=', new Date(range.from).toISOString());
    if (range.to) q = q.where('at', '<', new Date(range.to).toISOString());
    if (after) {
      const [at, org, seq] = after;
      q = q.where((eb) => eb.or([eb('at', '>', at), eb.and([eb('at', '=', at), eb.or([
        eb('org_id', '>', org), eb.and([eb('org_id', '=', org), eb('seq', '>', seq)])])])]));
    }
    const rows = await q.orderBy('at').orderBy('org_id').orderBy('seq').limit(1_000).execute();
    for (const r of rows) {
      yield { orgId: r.org_id, seq: r.seq, id: r.id, kind: r.kind, actorId: r.actor_id, subjectId: r.subject_id,
        data: JSON.parse(r.data) as unknown, at: r.at, prevHash: r.prev_hash, hash: r.hash };
    }
    const last = rows.at(-1);
    if (!last || rows.length < 1_000) return;
    after = [last.at, last.org_id, last.seq];
  }
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Quote always; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * Writes entries in range as CSV (header row first) or as one JSON array, chunk by chunk;
 * `open` turns each entry's sealed free text back into text (the application's data key).
 */
export async function exportAudit(
  db: Kysely<Database>, range: ExportRange, format: 'csv' | 'json', write: (chunk: string) => void,
  open: (entry: ExportedEntry) => ExportedEntry = (entry) => entry,
): Promise<number> {
  let count = 0;
  if (format === 'csv') write(`${COLUMNS.join(',')}\n`);
  else write('[');
  for await (const sealed of auditEntries(db, range)) {
    const entry = open(sealed);
    if (format === 'csv') write(`${COLUMNS.map((c) => csvCell(entry[c])).join(',')}\n`);
    else write(`${count ? ',' : ''}\n${JSON.stringify(entry)}`);
    count += 1;
  }
  if (format === 'json') write(count ? '\n]\n' : ']\n');
  return count;
}
