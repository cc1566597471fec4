import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Changes to stored data that need the data key, pending until the application has run them. */
export function dataStepsRepository(db: Kysely<Database>) {
  return {
    async pending(): Promise<string[]> {
      return (await db.selectFrom('pending_data_steps').select('name').orderBy('created_at').orderBy('name').execute()).map((r) => r.name);
    },
    async done(name: string): Promise<void> {
      await db.deleteFrom('pending_data_steps').where('name', '=', name).execute();
    },
  };
}
