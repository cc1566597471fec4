import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-workflows.js';
import * as m0003 from './0003-evidence-files.js';
import * as m0004 from './0004-facts-version.js';
import * as m0005 from './0005-publications-and-own-packs.js';
import * as m0006 from './0006-oidc-sign-in.js';
import * as m0007 from './0007-rate-limits.js';
import * as m0008 from './0008-session-method.js';
import * as m0009 from './0009-practice-pack.js';
import * as m0010 from './0010-pending-data-steps.js';

/**
 * Every migration, in order. To add one: create `NNNN-what-it-does.ts` beside this file
 * exporting `up` (and `down`), import it here and append ONE line to `MIGRATIONS`.
 * Never edit a migration that has shipped; add a new one. Names sort as applied, so keep
 * the four-digit prefix.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-workflows': m0002,
  '0003-evidence-files': m0003,
  '0004-facts-version': m0004,
  '0005-publications-and-own-packs': m0005,
  '0006-oidc-sign-in': m0006,
  '0007-rate-limits': m0007,
  '0008-session-method': m0008,
  '0009-practice-pack': m0009,
  '0010-pending-data-steps': m0010,
};

/** A static provider: migrations are bundled with the code, not read from disk at run time. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
