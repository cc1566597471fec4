import type { Role } from '../../engine/contract/enums.js';
import type { IncidentKind, IncidentOutcomeKind } from '../pack-practice.types.js';

export const INCIDENT_STATUSES = ['reported', 'triaged', 'investigating', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const SECURITY_SUBTYPES = ['hacking', 'social-engineering', 'virus', 'blagging', 'credential-compromise'] as const;
export const HARASSMENT_SUBTYPES = ['harassment', 'bullying', 'trolling'] as const;
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** A file kept as evidence, referenced by its SHA-256; the bytes live in the evidence store. */
export interface EvidenceRef {
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly addedBy: string | null;
  readonly addedAt: string;
}

/**
 * A breach report, serious occurrence, security incident, harassment report or a colleague's
 * removal request, from report to outcome. `description` is personal information, encrypted at rest.
 */
export interface Incident {
  readonly id: string;
  readonly orgId: string;
  readonly kind: IncidentKind;
  /** For security incidents and harassment: which kind (hacking, social engineering, trolling, …). */
  readonly subtype?: string;
  readonly anonymous: boolean;
  /** Absent for an anonymous report: the reporter is not stored anywhere. */
  readonly reporterId?: string;
  /** The person whose conduct or content the report is about. */
  readonly subjectPersonId?: string;
  /** The published item concerned (a check id or a URL). */
  readonly contentRef?: string;
  readonly description: string;
  readonly occurredAt?: string;
  readonly reportedAt: string;
  /** Triage is due by then; past it, the incident is overdue. */
  readonly dueAt: string;
  /** Roles that handle the incident under the pack. */
  readonly handlerRoles: readonly Role[];
  readonly status: IncidentStatus;
  readonly evidence: readonly EvidenceRef[];
  readonly triage?: { readonly by: string; readonly at: string; readonly severity: IncidentSeverity; readonly note: string; readonly assigneeId?: string };
  readonly investigation?: { readonly by: string; readonly investigatorId: string; readonly startedAt: string; readonly note: string };
  readonly outcome?: { readonly kinds: readonly IncidentOutcomeKind[]; readonly note: string; readonly by: string; readonly at: string };
  readonly version: number;
}

/** Whether the incident still awaits triage after its deadline. */
export function isIncidentOverdue(incident: Incident, now: Date): boolean {
  return incident.status === 'reported' && new Date(incident.dueAt).getTime() < now.getTime();
}
