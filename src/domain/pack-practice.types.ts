import type { ApprovalKind, Role } from '../engine/contract/enums.js';

/** A clause of the pack that a setting comes from; `section: null` marks a Postwise default the pack leaves open. */
export interface ClauseRef {
  readonly section: string | null;
  readonly text: string;
}

/** Who decides a request, and where the pack says so. */
export interface ApproverRule {
  readonly role: Role;
  /** Requesters with these roles go to another role (chc-wales: board members ask the Chief Executive). */
  readonly byRequesterRole?: Partial<Record<Role, Role>>;
  /** Only the requester's own (immediate) supervisor may decide, when the requester has one on file. */
  readonly immediateSupervisor?: boolean;
  readonly clause: ClauseRef;
}

/** How soon something must be acted on. */
export interface Deadline {
  readonly hours: number;
  /** The pack's own word for it: `immediately`, `promptly`, or `none` when the pack sets no deadline. */
  readonly wording: 'immediately' | 'promptly' | 'none';
  readonly clause: ClauseRef;
}

export const INCIDENT_KINDS = [
  'policy-breach', 'serious-occurrence', 'security-incident', 'harassment', 'removal-request',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_OUTCOMES = [
  'no-action', 'removal-requested', 'disciplinary-referral', 'legal-referral',
  'ministry-report', 'quality-deviation',
] as const;
export type IncidentOutcomeKind = (typeof INCIDENT_OUTCOMES)[number];

export interface PasswordRules {
  readonly minLength: number;
  readonly requireLetters: boolean;
  readonly requireDigits: boolean;
  /** Months after which a password must be changed; absent: no forced change. */
  readonly maxAgeMonths?: number;
  readonly clause: ClauseRef;
}

/** The workflow settings one pack calls for. Every setting cites the clause it comes from. */
export interface PackPractice {
  readonly packId: string;
  readonly approvers: Readonly<Record<ApprovalKind, ApproverRule>>;
  /** Who approves time-limited access to an official account, and the longest period allowed. */
  readonly accountAccess: ApproverRule & { readonly maxDays?: number };
  /** Roles that may register an official account in the registry. */
  readonly accountRegistrars: { readonly roles: readonly Role[]; readonly clause: ClauseRef };
  /** Who reviews an account found without authorization. */
  readonly unauthorizedAccountReviewer: { readonly role: Role; readonly clause: ClauseRef };
  /** Roles that handle (triage, investigate, close) incidents of each kind. */
  readonly incidentHandlers: Readonly<Record<IncidentKind, { readonly roles: readonly Role[]; readonly clause: ClauseRef }>>;
  /** By when an incident of each kind must be triaged after it is reported. */
  readonly incidentDeadlines: Readonly<Record<IncidentKind, Deadline>>;
  /** Outcomes a closed incident may record under this pack. */
  readonly outcomes: readonly IncidentOutcomeKind[];
  /** By when content must come down once removal is requested (or a consent is revoked). */
  readonly removalDeadline: Deadline;
  /** By when a serious occurrence goes to the ministry, where the pack requires that report. */
  readonly ministryReportDeadline?: Deadline;
  /** Consents for client media must be written. */
  readonly consentMustBeWritten: { readonly value: boolean; readonly clause: ClauseRef };
  /** Client exchanges on social media need the client's consent and being informed of the risks. */
  readonly clientExchangeConsent: { readonly value: boolean; readonly clause: ClauseRef };
  /** Everyone signs each version of the pack. */
  readonly acknowledgement: { readonly clause: ClauseRef; readonly withinDays: number };
  readonly training?: { readonly inductionWithinDays: number; readonly refresherMonths: number; readonly clause: ClauseRef };
  readonly review?: { readonly intervalMonths: number; readonly clause: ClauseRef };
  readonly password?: PasswordRules;
  /** How long a pending approval request waits for a decision before it expires. */
  readonly pendingApprovalDays: number;
}
