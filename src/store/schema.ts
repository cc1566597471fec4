/**
 * The row types of every table, as Kysely sees them. Column types are dialect-neutral:
 * ids are text UUIDs, timestamps ISO-8601 UTC text (`2026-11-21T15:15:00.000Z`, which sorts
 * as it reads), booleans integers 0/1, JSON documents text.
 *
 * Workflow tables: add their interfaces in their own file and extend `Database` here
 * with one line each (see `src/store/README.md`).
 */
import type { Generated } from 'kysely';
import type { PublicationDatabase } from './publication-schema.js';
import type { EvidenceFileTable, WorkflowRecordTable } from './workflow-schema.js';
import type { OidcLinkTable, OidcLoginTable, OidcProviderTable } from './oidc-schema.js';

/** 0 or 1: SQLite has no boolean type, so both dialects store integers. */
export type Flag = 0 | 1;

export interface OrganizationTable {
  id: string;
  slug: string;
  name: string;
  pack_id: string;
  pack_version: string;
  /**
   * The built-in pack whose workflow practice the organization's own pack follows (the one it
   * extends); null for a built-in pack or an own pack extending none (migration 0009).
   */
  practice_pack_id: string | null;
  /** JSON array of other names the organization goes by. */
  aliases: string;
  /** JSON array of the organization's email domains. */
  email_domains: string;
  /** Bumped on every roster change, so every instance knows when its compiled matcher is stale. */
  roster_version: number;
  /** Bumped with every workflow event (consents, approvals, accounts, grants…): the key of the cached workflow facts. */
  facts_version: number;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: string;
  supervisor_id: string | null;
  /** May manage people, the roster, tokens and read the audit trail. */
  is_admin: Flag;
  created_at: string;
  archived_at: string | null;
}

export interface CredentialTable {
  person_id: string;
  /** An argon2id PHC string. */
  password_hash: string;
  changed_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a stolen database yields no usable session. */
  id: string;
  person_id: string;
  org_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  /** `password` or `oidc`: the password-age rule applies to password sessions only. */
  method: Generated<string>;
}

export interface ApiTokenTable {
  id: string;
  org_id: string;
  person_id: string;
  name: string;
  /** SHA-256 of the token; the token itself is shown once, at creation. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface RosterEntryTable {
  id: string;
  org_id: string;
  /** The organization's own reference (file number…), used to update on re-import; optional. */
  ref: string | null;
  kind: string;
  minor_under_youth_protection: Flag;
  /** AES-256-GCM ciphertext of `{ name, aliases, handles, dateOfBirth }` (see `src/crypto`). */
  personal: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface CheckTable {
  id: string;
  org_id: string;
  person_id: string;
  verdict: string;
  /** The activity as screened: JSON encrypted with the data key (`src/app/checks/sealed-activity.ts`); clear JSON in checks stored before. */
  activity: string;
  /** JSON of the screening result. */
  result: string;
  created_at: string;
}

/** One row per organization: the end of its audit chain, locked by every writer. */
export interface AuditHeadTable {
  org_id: string;
  seq: number;
  hash: string;
}

export interface AuditLogTable {
  org_id: string;
  seq: number;
  id: string;
  kind: string;
  actor_id: string | null;
  subject_id: string | null;
  /** Canonical JSON of the event's details. */
  data: string;
  at: string;
  prev_hash: string;
  hash: string;
}

export interface IdempotencyKeyTable {
  org_id: string;
  person_id: string;
  key: string;
  /** SHA-256 of method, route and body: the same key with another request is a conflict. */
  fingerprint: string;
  status_code: number;
  response: string;
  created_at: string;
}

/** A fixed-window request counter (`src/server/rate-limit-store.ts`). */
export interface RateLimitTable {
  /** The route and the limited party (an address, an account, a person). */
  key: string;
  /** When the counted window began (ISO text, aligned to the window's length). */
  window_start: string;
  hits: number;
}

/** Every table, keyed by name. */
export interface Database extends PublicationDatabase {
  organizations: OrganizationTable;
  people: PersonTable;
  credentials: CredentialTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  roster_entries: RosterEntryTable;
  checks: CheckTable;
  audit_heads: AuditHeadTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeyTable;
  rate_limits: RateLimitTable;
  // Workflow tables (src/store/workflow-schema.ts), one line each:
  approval_requests: WorkflowRecordTable;
  consents: WorkflowRecordTable;
  court_authorizations: WorkflowRecordTable;
  official_accounts: WorkflowRecordTable;
  access_grants: WorkflowRecordTable;
  unauthorized_accounts: WorkflowRecordTable;
  client_exchanges: WorkflowRecordTable;
  incidents: WorkflowRecordTable;
  policy_acknowledgements: WorkflowRecordTable;
  training_records: WorkflowRecordTable;
  policy_reviews: WorkflowRecordTable;
  follow_up_tasks: WorkflowRecordTable;
  evidence_files: EvidenceFileTable;
  // OpenID Connect sign-in (src/store/oidc-schema.ts):
  oidc_providers: OidcProviderTable;
  oidc_links: OidcLinkTable;
  oidc_logins: OidcLoginTable;
  /** Data changes that need the key, pending (migration 0010, `src/app/data-steps.ts`). */
  pending_data_steps: PendingDataStepTable;
}

export interface PendingDataStepTable {
  name: string;
  created_at: string;
}
