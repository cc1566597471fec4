/**
 * The workflow tables (approvals, consents, accounts, incidents, …). They share one column
 * shape: the columns the service filters, orders or locks on, plus the record itself as JSON
 * (`data`) and its personal fields as one AES-256-GCM ciphertext (`personal`). One generic
 * repository then serves them all, and a workflow record can grow fields without a migration.
 */
export interface WorkflowRecordTable {
  id: string;
  org_id: string;
  /** Sub-kind of the record: approval kind, consent scope, incident kind, task kind, `pack@version`… */
  kind: string;
  /** State-machine state, where the record has one (`pending`, `active`, `open`…), else `recorded`. */
  status: string;
  /** Bumped on every change: updates name the version they read (optimistic locking). */
  version: number;
  /** The person or client the record is about (requester, subject, grantee, reporter's subject…). */
  subject_id: string | null;
  /** A second reference: the approver, the account, the task's record… */
  ref_id: string | null;
  /** When it falls due or lapses (approval expiry, grant end, triage deadline, task due). */
  due_at: string | null;
  created_at: string;
  updated_at: string;
  /** JSON of the domain record without its personal fields. */
  data: string;
  /** Ciphertext of the personal fields (`src/crypto/field-cipher.ts`), or null when it has none. */
  personal: string | null;
}

/** Every workflow table, in creation order. */
export const WORKFLOW_TABLES = [
  'approval_requests', 'consents', 'court_authorizations', 'official_accounts', 'access_grants',
  'unauthorized_accounts', 'client_exchanges', 'incidents', 'policy_acknowledgements',
  'training_records', 'policy_reviews', 'follow_up_tasks',
] as const;
export type WorkflowTableName = (typeof WORKFLOW_TABLES)[number];

/** The workflow tables as Kysely sees them; `Database` extends this. */
export type WorkflowDatabase = { [T in WorkflowTableName]: WorkflowRecordTable };

/** An evidence file: its bytes encrypted (`content`), addressed by their SHA-256 within an organization. */
export interface EvidenceFileTable {
  org_id: string;
  sha256: string;
  media_type: string;
  size: number;
  /** AES-256-GCM ciphertext of the bytes in base64. */
  content: string;
  created_at: string;
}
