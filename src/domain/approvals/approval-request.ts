import type { ApprovalKind, Role } from '../../engine/contract/enums.js';

export const APPROVAL_STATUSES = ['pending', 'approved', 'denied', 'withdrawn', 'expired', 'revoked'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** The decision on a request, with its reason (required both ways, so the file shows why). */
export interface ApprovalDecision {
  readonly outcome: 'approved' | 'denied';
  readonly by: string;
  readonly role: Role;
  readonly at: string;
  readonly reason: string;
}

/** Why and by whom an approval was taken back after it was given. */
export interface ApprovalRevocation {
  readonly by: string;
  readonly role: Role;
  readonly at: string;
  readonly reason: string;
}

/**
 * A request for the approval a pack requires before an activity (a kind from the screening
 * contract), routed to the role the pack names.
 */
export interface ApprovalRequest {
  readonly id: string;
  readonly orgId: string;
  readonly kind: ApprovalKind;
  readonly requesterId: string;
  readonly requesterRole: Role;
  /** The role that decides, from the organization's pack. */
  readonly approverRole: Role;
  /** The one person who decides, when the pack names the requester's immediate supervisor. */
  readonly approverId?: string;
  /** Roster id of the client or person the approval is about, if any. */
  readonly subject?: string;
  /** The person the approval is for, when not the requester. */
  readonly personId?: string;
  readonly accountId?: string;
  /** What is asked, in the requester's words. */
  readonly purpose: string;
  /** Until when the approval, once granted, holds. */
  readonly validUntil?: string;
  /** The screening check that asked for this approval, if any. */
  readonly checkId?: string;
  readonly status: ApprovalStatus;
  readonly requestedAt: string;
  /** A pending request lapses at this instant. */
  readonly expiresAt: string;
  readonly decision?: ApprovalDecision;
  readonly withdrawnAt?: string;
  readonly withdrawalReason?: string;
  readonly revocation?: ApprovalRevocation;
  /** Incremented on every change, so a store can refuse a write based on a stale read. */
  readonly version: number;
}

/** Whether the request still awaits a decision. */
export function isPending(request: ApprovalRequest): boolean {
  return request.status === 'pending';
}
