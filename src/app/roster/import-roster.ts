import { parse } from 'csv-parse/sync';
import type { AppContext } from '../context.js';
import { invalid } from '../errors.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { parseInput } from '../validate.js';
import { openPersonal, rosterEntryInput, sealPersonal } from './roster-entry.js';

/** What an import did. */
export interface RosterImportOutcome {
  readonly created: number;
  readonly updated: number;
}

const MAX_ROWS = 200_000;
const list = (cell: string | undefined): string[] => (cell ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean);
const yes = (cell: string | undefined): boolean => /^(1|true|yes|oui|y)$/i.test((cell ?? '').trim());

/**
 * Imports a roster from CSV with a header row. Columns: `name` (required), `ref`, `kind`
 * (default `client`), `aliases` and `handles` (separated by `;` or `|`), `date_of_birth`,
 * `minor_under_youth_protection` (yes/no). Rows with a `ref` already on file update that
 * entry, so re-importing the same export is safe. All rows or none: one bad row names its
 * line and nothing is written.
 */
export async function importRoster(
  app: AppContext, orgId: string, actorId: string | null, csv: string, seal: SealReply<RosterImportOutcome> = noReply,
): Promise<RosterImportOutcome> {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase().replace(/[\s-]+/g, '_')), skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw invalid(`not a readable CSV file: ${(error as Error).message}`, 'file');
  }
  if (records.length > MAX_ROWS) throw invalid(`at most ${MAX_ROWS} rows per import`, 'file');
  const entries = records.map((r, i) => {
    try {
      return parseInput(rosterEntryInput, {
        name: r.name, ref: r.ref || null, kind: r.kind || undefined, aliases: list(r.aliases), handles: list(r.handles),
        dateOfBirth: r.date_of_birth || null, minorUnderYouthProtection: yes(r.minor_under_youth_protection),
      });
    } catch (error) {
      throw invalid(`line ${i + 2}: ${(error as Error).message}`, `rows.${i}`);
    }
  });
  const now = iso(app.clock.now());
  return app.store.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const e of entries) {
      const existing = e.ref ? await tx.roster.byRef(orgId, e.ref) : undefined;
      const id = existing?.id ?? app.ids.uuid();
      const personal = sealPersonal(app.keyring, orgId, id, { name: e.name, aliases: e.aliases, handles: e.handles, dateOfBirth: e.dateOfBirth ?? null });
      const fields = { kind: e.kind, minor_under_youth_protection: e.minorUnderYouthProtection ? 1 as const : 0 as const, personal, updated_at: now };
      if (existing) {
        openPersonal(app.keyring, existing); // fails loudly if the key changed under us
        await tx.roster.update(orgId, id, { ...fields, archived_at: null });
        updated += 1;
      } else {
        await tx.roster.insert({ id, org_id: orgId, ref: e.ref ?? null, ...fields, created_at: now, archived_at: null });
        created += 1;
      }
    }
    await tx.organizations.bumpRosterVersion(orgId, now);
    await tx.audit.record(orgId, { kind: 'roster.imported', actorId, subjectId: null, data: { created, updated } });
    await seal(tx, { created, updated });
    return { created, updated };
  });
}
