import type { ApprovalKind, ConsentScope, Role } from '../engine/contract/enums.js';

/**
 * The closed list of audit events the workflows emit, keyed by kind, with the data each carries.
 * Events hold ids, roles, states and reasons — never client names or other personal details,
 * because the audit chain is stored in clear so that anyone may verify it. Free text people
 * write (reasons, notes) may still name someone: the application stores it encrypted
 * (`src/app/workflows/sealed-events.ts`), and the chain hashes the ciphertext.
 */
export interface AuditEventData {
  'approval.requested': { approvalKind: ApprovalKind; approverRole: Role; approverId?: string; requesterId: string };
  'approval.decided': { decision: 'approved' | 'denied'; reason: string; approverRole: Role };
  'approval.withdrawn': { reason?: string };
  'approval.expired': { expiresAt: string };
  'approval.revoked': { reason: string; revokedByRole: Role; byAdmin: boolean };
  'consent.recorded': { subject: string; scope: ConsentScope; signedBy: string; written: boolean; informedOfRisks: boolean };
  'consent.revoked': { subject: string; scope: ConsentScope; takeDownTasks: number };
  'check.published': { checkId: string; takeDownTasks: number };
  'court-authorization.recorded': { subject: string; scope: string };
  'account.registered': { platform: string; holder: string; postingAllowed: boolean };
  'account.access-granted': { accountId: string; personId: string; from: string; until: string; approvedByRole: Role };
  'account.access-revoked': { accountId: string; personId: string; reason: string };
  'account.unauthorized-found': { platform: string };
  'account.unauthorized-reviewed': { resolution: string };
  'client-exchange.logged': { clientId: string; consentId: string | null; platform: string };
  'incident.reported': { incidentKind: string; anonymous: boolean; dueAt: string };
  'incident.evidence-added': { sha256: string };
  'incident.triaged': { severity: string; assigneeId?: string };
  'incident.investigation-started': { investigatorId: string };
  'incident.closed': { outcomes: readonly string[] };
  'policy.acknowledged': { packId: string; packVersion: string };
  'policy.pack-adopted': { packId: string; packVersion: string; sha256: string; previousPackId: string; previousVersion: string; newVersion: boolean };
  'training.recorded': { personId: string; trainingKind: string; completedAt: string };
  'policy.reviewed': { packId: string; packVersion: string; nextReviewDue?: string };
  'task.completed': { taskKind: string; note?: string };
}

export type DomainEventKind = keyof AuditEventData;

/** Every kind, for stores that validate what they are asked to append. */
export const DOMAIN_EVENT_KINDS = [
  'approval.requested', 'approval.decided', 'approval.withdrawn', 'approval.expired', 'approval.revoked',
  'consent.recorded', 'consent.revoked', 'check.published', 'court-authorization.recorded',
  'account.registered', 'account.access-granted', 'account.access-revoked',
  'account.unauthorized-found', 'account.unauthorized-reviewed', 'client-exchange.logged',
  'incident.reported', 'incident.evidence-added', 'incident.triaged', 'incident.investigation-started',
  'incident.closed', 'policy.acknowledged', 'policy.pack-adopted', 'training.recorded', 'policy.reviewed', 'task.completed',
] as const satisfies readonly DomainEventKind[];

/** One audit event: what happened (`kind`) to which record, by whom, when. */
export type DomainEvent = {
  [K in DomainEventKind]: {
    readonly kind: K;
    readonly orgId: string;
    /** `null` when the actor must stay unknown (an anonymous breach report) or is the system (expiry). */
    readonly actorId: string | null;
    readonly at: string;
    /** The record the event is about (approval id, consent id, incident id, …). */
    readonly subjectId: string;
    readonly data: AuditEventData[K];
  };
}[DomainEventKind];

/** Builds one typed event. */
export function auditEvent<K extends DomainEventKind>(
  kind: K,
  head: { orgId: string; actorId: string | null; at: string; subjectId: string },
  data: AuditEventData[K],
): Extract<DomainEvent, { kind: K }> {
  return { kind, ...head, data } as Extract<DomainEvent, { kind: K }>;
}
