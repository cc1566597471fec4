import type {
  AccessGrant, ApprovalRequest, ClientExchange, ConsentRecord, CourtAuthorizationRecord, FollowUpTask, Incident,
  OfficialAccount, PolicyAcknowledgement, PolicyReview, TrainingRecord, UnauthorizedAccount,
} from '../../domain/index.js';
import type { RecordSpec } from './record-codec.js';

/** Where each workflow record lives, which of its fields are personal, and what is indexed. */

/** What was asked and why it was decided, withdrawn or revoked, in people's own words, may name clients. */
export const approvalSpec: RecordSpec<ApprovalRequest> = {
  table: 'approval_requests', personal: ['purpose', 'decision.reason', 'withdrawalReason', 'revocation.reason'],
  columns: (r) => ({ kind: r.kind, status: r.status, version: r.version, subject_id: r.requesterId, ref_id: r.approverId ?? null, due_at: r.expiresAt, created_at: r.requestedAt }),
};

export const consentSpec: RecordSpec<ConsentRecord> = {
  table: 'consents', personal: ['signerName'],
  columns: (r) => ({ kind: r.scope, status: r.status, version: r.version, subject_id: r.subject, ref_id: null, due_at: r.validUntil ?? null, created_at: r.recordedAt }),
};

export const courtAuthorizationSpec: RecordSpec<CourtAuthorizationRecord> = {
  table: 'court_authorizations', personal: ['judgmentReference'],
  columns: (r) => ({ kind: r.scope, status: 'recorded', subject_id: r.subject, ref_id: null, due_at: r.validUntil ?? null, created_at: r.recordedAt }),
};

export const accountSpec: RecordSpec<OfficialAccount> = {
  table: 'official_accounts', personal: [],
  columns: (r) => ({ kind: r.platform, status: r.status, version: r.version, subject_id: null, ref_id: r.handle.toLowerCase(), due_at: null, created_at: r.registeredAt }),
};

export const grantSpec: RecordSpec<AccessGrant> = {
  table: 'access_grants', personal: [],
  columns: (r) => ({ kind: 'grant', status: r.revocation ? 'revoked' : 'granted', version: r.version, subject_id: r.personId, ref_id: r.accountId, due_at: r.until, created_at: r.approvedAt }),
};

export const unauthorizedAccountSpec: RecordSpec<UnauthorizedAccount> = {
  table: 'unauthorized_accounts', personal: ['description'],
  columns: (r) => ({ kind: r.platform, status: r.status, version: r.version, subject_id: r.foundBy, ref_id: null, due_at: null, created_at: r.foundAt }),
};

export const exchangeSpec: RecordSpec<ClientExchange> = {
  table: 'client_exchanges', personal: ['summary'],
  columns: (r) => ({ kind: r.platform, status: 'recorded', subject_id: r.clientId, ref_id: r.staffId, due_at: null, created_at: r.loggedAt }),
};

export const incidentSpec: RecordSpec<Incident> = {
  table: 'incidents', personal: ['description', 'triage', 'investigation', 'outcome'],
  columns: (r) => ({ kind: r.kind, status: r.status, version: r.version, subject_id: r.subjectPersonId ?? null, ref_id: r.reporterId ?? null, due_at: r.dueAt, created_at: r.reportedAt }),
};

export const acknowledgementSpec: RecordSpec<PolicyAcknowledgement> = {
  table: 'policy_acknowledgements', personal: ['signedName'],
  columns: (r) => ({ kind: `${r.packId}@${r.packVersion}`, status: 'signed', subject_id: r.personId, ref_id: null, due_at: null, created_at: r.signedAt }),
};

export const trainingSpec: RecordSpec<TrainingRecord> = {
  table: 'training_records', personal: [],
  columns: (r) => ({ kind: r.kind, status: 'recorded', subject_id: r.personId, ref_id: null, due_at: null, created_at: r.recordedAt }),
};

export const reviewSpec: RecordSpec<PolicyReview> = {
  table: 'policy_reviews', personal: [],
  columns: (r) => ({ kind: `${r.packId}@${r.packVersion}`, status: 'recorded', subject_id: r.reviewedBy, ref_id: null, due_at: r.nextReviewDue ?? null, created_at: r.reviewedAt }),
};

export const taskSpec: RecordSpec<FollowUpTask> = {
  table: 'follow_up_tasks', personal: [],
  columns: (r) => ({ kind: r.kind, status: r.status, version: r.status === 'done' ? 2 : 1, subject_id: r.assigneeId ?? null, ref_id: r.ref.id, due_at: r.dueAt ?? null, created_at: r.createdAt }),
};
