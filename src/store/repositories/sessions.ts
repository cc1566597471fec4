import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SessionTable } from '../schema.js';

export type SessionRow = Selectable<SessionTable>;

/** Browser sessions, stored by the SHA-256 of their cookie token. */
export function sessionsRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<SessionTable>): Promise<void> {
      await db.insertInto('sessions').values(row).execute();
    },
    /** A live session by token hash; expired ones are not returned. */
    live(idHash: string, now: string): Promise<SessionRow | undefined> {
      return db.selectFrom('sessions').selectAll()
        .where('id', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
    },
    async remove(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', idHash).execute();
    },
    /** Ends every session of a person (password change, archive). */
    async removeForPerson(personId: string): Promise<void> {
      await db.deleteFrom('sessions').where('person_id', '=', personId).execute();
    },
    async removeExpired(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },
  };
}
export type SessionsRepository = ReturnType<typeof sessionsRepository>;
