import type { Kysely } from 'kysely';

/**
 * `sessions.method`: how the person proved who they are. A pack's password-age rule (IWSO:
 * change it every six months) concerns sessions opened with a password, not with the
 * organization's identity provider.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('method', 'text', (c) => c.notNull().defaultTo('password')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('method').execute();
}
