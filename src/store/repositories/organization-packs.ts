import type { Kysely, Selectable } from 'kysely';
import type { OrganizationPackTable } from '../publication-schema.js';
import type { Database } from '../schema.js';

export type OrganizationPackRow = Selectable<OrganizationPackTable>;

/** Every version of each organization's own policy pack; a version, once stored, never changes. */
export function organizationPacksRepository(db: Kysely<Database>) {
  return {
    async insert(row: OrganizationPackRow): Promise<void> {
      await db.insertInto('organization_packs').values(row).execute();
    },
    byVersion(orgId: string, version: string): Promise<OrganizationPackRow | undefined> {
      return db.selectFrom('organization_packs').selectAll().where('org_id', '=', orgId).where('version', '=', version).executeTakeFirst();
    },
    /**
     * Points the organization at a pack version, and the practice it follows (the built-in pack
     * it extends), if it is still at the one the caller read.
     */
    async bind(
      orgId: string, from: { packId: string; version: string }, to: { packId: string; version: string; practicePackId: string | null }, now: string,
    ): Promise<boolean> {
      const result = await db.updateTable('organizations')
        .set({ pack_id: to.packId, pack_version: to.version, practice_pack_id: to.practicePackId, updated_at: now })
        .where('id', '=', orgId).where('pack_id', '=', from.packId).where('pack_version', '=', from.version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type OrganizationPacksRepository = ReturnType<typeof organizationPacksRepository>;
