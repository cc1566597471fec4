import type { Kysely } from 'kysely';
import { auditWriter, type AuditWriter } from '../audit/writer.js';
import type { Clock, Ids } from '../app/ports.js';
import type { Db } from './connect.js';
import { apiTokensRepository } from './repositories/api-tokens.js';
import { checksRepository } from './repositories/checks.js';
import { credentialsRepository } from './repositories/credentials.js';
import { idempotencyRepository } from './repositories/idempotency.js';
import { rateLimitsRepository } from './repositories/rate-limits.js';
import { organizationsRepository } from './repositories/organizations.js';
import { peopleRepository } from './repositories/people.js';
import { rosterRepository } from './repositories/roster.js';
import { sessionsRepository } from './repositories/sessions.js';
import type { Database } from './schema.js';
import { workflowRepositories } from './repositories/workflow-records.js';
import { evidenceFilesRepository } from './repositories/evidence-files.js';
import { oidcRepository } from './repositories/oidc.js';
import { organizationPacksRepository } from './repositories/organization-packs.js';
import { publicationsRepository } from './repositories/publications.js';
import { dataStepsRepository } from './repositories/data-steps.js';

/**
 * Every repository, bound to one executor (the pool, or a transaction).
 * Workflow repositories: add one line each here.
 */
export function createRepositories(db: Kysely<Database>) {
  return {
    organizations: organizationsRepository(db),
    people: peopleRepository(db),
    credentials: credentialsRepository(db),
    sessions: sessionsRepository(db),
    apiTokens: apiTokensRepository(db),
    roster: rosterRepository(db),
    checks: checksRepository(db),
    idempotency: idempotencyRepository(db),
    rateLimits: rateLimitsRepository(db),
    workflows: workflowRepositories(db),
    evidenceFiles: evidenceFilesRepository(db),
    oidc: oidcRepository(db),
    publications: publicationsRepository(db),
    organizationPacks: organizationPacksRepository(db),
    dataSteps: dataStepsRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/** The repositories and the audit writer of one transaction; what a use case works with. */
export interface UnitOfWork extends Repositories {
  readonly audit: AuditWriter;
  /** The raw transaction, for queries no repository offers yet. */
  readonly db: Kysely<Database>;
}

/** The store: repositories over the pool, and transactions that bundle changes with their audit entries. */
export interface Store extends Repositories {
  readonly db: Db;
  /** Runs `work` in one transaction: its changes and its audit entries commit together or not at all. */
  transaction<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T>;
}

/** Builds the store over an open database. */
export function createStore(db: Db, clock: Clock, ids: Ids): Store {
  return {
    ...createRepositories(db.kysely),
    db,
    transaction: (work) => db.kysely.transaction().execute((trx) =>
      work({ ...createRepositories(trx), audit: auditWriter(trx, clock, ids), db: trx })),
  };
}
