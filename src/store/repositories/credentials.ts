import type { Kysely, Selectable } from 'kysely';
import type { CredentialTable, Database } from '../schema.js';

export type CredentialRow = Selectable<CredentialTable>;

/** Password hashes (argon2id), one per person with a local account. */
export function credentialsRepository(db: Kysely<Database>) {
  return {
    byPerson(personId: string): Promise<CredentialRow | undefined> {
      return db.selectFrom('credentials').selectAll().where('person_id', '=', personId).executeTakeFirst();
    },
    async set(personId: string, passwordHash: string, changedAt: string): Promise<void> {
      await db.insertInto('credentials')
        .values({ person_id: personId, password_hash: passwordHash, changed_at: changedAt })
        .onConflict((oc) => oc.column('person_id').doUpdateSet({ password_hash: passwordHash, changed_at: changedAt }))
        .execute();
    },
  };
}
export type CredentialsRepository = ReturnType<typeof credentialsRepository>;
