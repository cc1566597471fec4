import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { EvidenceFileTable } from '../workflow-schema.js';

export type EvidenceFileRow = Selectable<EvidenceFileTable>;

/** Evidence files by organization and digest; storing the same bytes twice keeps one copy. */
export function evidenceFilesRepository(db: Kysely<Database>) {
  return {
    async save(row: EvidenceFileRow): Promise<void> {
      await db.insertInto('evidence_files').values(row).onConflict((oc) => oc.columns(['org_id', 'sha256']).doNothing()).execute();
    },
    byDigest(orgId: string, sha256: string): Promise<EvidenceFileRow | undefined> {
      return db.selectFrom('evidence_files').selectAll().where('org_id', '=', orgId).where('sha256', '=', sha256).executeTakeFirst();
    },
  };
}
