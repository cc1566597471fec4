import type { Kysely } from 'kysely';

/**
 * OpenID Connect sign-in per organization: its provider settings (the client secret
 * encrypted), the link from a provider's subject to a person, and sign-ins under way
 * (state, nonce and PKCE verifier), kept in the database so that any instance may
 * receive the provider's callback.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('oidc_providers')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret', 'text', (c) => c.notNull())
    .addColumn('allowed_domains', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('email_claim', 'text', (c) => c.notNull().defaultTo('email'))
    .addColumn('require_verified_email', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('unknown_user_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('oidc_links')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('oidc_links_pk', ['org_id', 'issuer', 'subject'])
    .execute();
  // One subject per person and provider: a second identity claiming the same email is refused.
  await db.schema.createIndex('oidc_links_person').unique().on('oidc_links').columns(['org_id', 'issuer', 'person_id']).execute();

  await db.schema.createTable('oidc_logins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('redirect_uri', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('oidc_logins_expiry').on('oidc_logins').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('oidc_logins').execute();
  await db.schema.dropTable('oidc_links').execute();
  await db.schema.dropTable('oidc_providers').execute();
}
