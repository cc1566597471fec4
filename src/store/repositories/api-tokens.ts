import type { Insertable, Kysely, Selectable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import type { ApiTokenTable, Database } from '../schema.js';

export type ApiTokenRow = Selectable<ApiTokenTable>;

/** API tokens for integrations, stored hashed. */
export function apiTokensRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<ApiTokenTable>): Promise<void> {
      await db.insertInto('api_tokens').values(row).execute();
    },
    /** An unrevoked token by hash, whatever its organization: the token itself names it. */
    active(tokenHash: string): Promise<ApiTokenRow | undefined> {
      return db.selectFrom('api_tokens').selectAll()
        .where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
    },
    byId(orgId: string, id: string): Promise<ApiTokenRow | undefined> {
      return db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    list(orgId: string, page: PageRequest): Promise<Page<ApiTokenRow>> {
      return paginate(db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId), page);
    },
    async revoke(orgId: string, id: string, now: string): Promise<void> {
      await db.updateTable('api_tokens').set({ revoked_at: now }).where('org_id', '=', orgId).where('id', '=', id).execute();
    },
    async touch(id: string, now: string): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
    },
  };
}
export type ApiTokensRepository = ReturnType<typeof apiTokensRepository>;
