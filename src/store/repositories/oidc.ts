import type { Insertable, Kysely, Selectable } from 'kysely';
import type { OidcLinkTable, OidcLoginTable, OidcProviderTable } from '../oidc-schema.js';
import type { Database } from '../schema.js';

export type OidcProviderRow = Selectable<OidcProviderTable>;
export type OidcLinkRow = Selectable<OidcLinkTable>;
export type OidcLoginRow = Selectable<OidcLoginTable>;

/** OpenID Connect: each organization's provider, subjects linked to people, and sign-ins under way. */
export function oidcRepository(db: Kysely<Database>) {
  return {
    providerOf(orgId: string): Promise<OidcProviderRow | undefined> {
      return db.selectFrom('oidc_providers').selectAll().where('org_id', '=', orgId).executeTakeFirst();
    },
    async saveProvider(row: Insertable<OidcProviderTable>): Promise<void> {
      const { org_id: _org, created_at: _created, ...changes } = row;
      await db.insertInto('oidc_providers').values(row)
        .onConflict((oc) => oc.column('org_id').doUpdateSet(changes))
        .execute();
    },
    /** Removes the provider; links stay, so re-adding the same issuer keeps people matched by subject. */
    async removeProvider(orgId: string): Promise<boolean> {
      const result = await db.deleteFrom('oidc_providers').where('org_id', '=', orgId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    linkOf(orgId: string, issuer: string, subject: string): Promise<OidcLinkRow | undefined> {
      return db.selectFrom('oidc_links').selectAll()
        .where('org_id', '=', orgId).where('issuer', '=', issuer).where('subject', '=', subject).executeTakeFirst();
    },
    linkOfPerson(orgId: string, issuer: string, personId: string): Promise<OidcLinkRow | undefined> {
      return db.selectFrom('oidc_links').selectAll()
        .where('org_id', '=', orgId).where('issuer', '=', issuer).where('person_id', '=', personId).executeTakeFirst();
    },
    async link(row: Insertable<OidcLinkTable>): Promise<void> {
      await db.insertInto('oidc_links').values(row).execute();
    },

    async beginLogin(row: Insertable<OidcLoginTable>): Promise<void> {
      await db.insertInto('oidc_logins').values(row).execute();
    },
    /**
     * Takes a sign-in under way out of the store: whoever deletes it first has it, so a
     * callback replayed, or received twice by two instances, finds nothing the second time.
     */
    takeLogin(id: string): Promise<OidcLoginRow | undefined> {
      return db.deleteFrom('oidc_logins').where('id', '=', id).returningAll().executeTakeFirst();
    },
    async removeExpiredLogins(now: string): Promise<void> {
      await db.deleteFrom('oidc_logins').where('expires_at', '<=', now).execute();
    },
  };
}
export type OidcRepository = ReturnType<typeof oidcRepository>;
