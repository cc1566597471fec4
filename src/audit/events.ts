import {
  DOMAIN_EVENT_KINDS, type AuditEventData as DomainEventData, type DomainEvent,
} from '../domain/audit-events.js';

/**
 * The platform's own audit events (sign-in, people, roster, checks) and the details each one
 * carries. Details hold ids and facts, never personal information (no client names: those
 * stay encrypted in their tables).
 *
 * The workflows' events live in `src/domain/audit-events.ts`; together they make the closed
 * list `AuditEventData` below. To add a platform event: one line here and one in `KINDS`.
 */
export interface PlatformEventData {
  'organization.created': { slug: string; packId: string; packVersion: string };
  'person.created': { role: string; isAdmin: boolean; supervisorId: string | null };
  'person.updated': { fields: string[] };
  'person.archived': Record<string, never>;
  'password.changed': { by: 'self' | 'admin' | 'cli' };
  'session.signed-in': { method: 'password' | 'oidc' };
  'session.sign-in-failed': { reason: 'bad-password' | 'archived' | 'no-password' } | { method: 'oidc'; code: string; reason: string | null };
  'oidc.configured': { issuer: string; clientId: string; allowedDomains: string[]; emailClaim: string; requireVerifiedEmail: boolean; unknownUserRole: string | null };
  'oidc.removed': Record<string, never>;
  'oidc.linked': { issuer: string };
  'session.signed-out': Record<string, never>;
  'api-token.created': { name: string };
  'api-token.revoked': Record<string, never>;
  'roster.imported': { created: number; updated: number };
  'roster-entry.created': { kind: string };
  'roster-entry.updated': { fields: string[] };
  'roster-entry.archived': Record<string, never>;
  'check.performed': { verdict: string; categories: string[]; packId: string; packVersion: string };
}

/** Every audit event kind, platform and workflow, with its details. */
export type AuditEventData = PlatformEventData & DomainEventData;
export type AuditEventKind = keyof AuditEventData;

/** One event to record: who did what to which record. */
export interface AuditEvent<K extends AuditEventKind = AuditEventKind> {
  readonly kind: K;
  /** The person who acted; null for the system or the command line. */
  readonly actorId: string | null;
  /** The record the event is about (person, entry, check…). */
  readonly subjectId: string | null;
  readonly data: AuditEventData[K];
}

const PLATFORM_KINDS: Record<keyof PlatformEventData, true> = {
  'organization.created': true, 'person.created': true, 'person.updated': true, 'person.archived': true,
  'password.changed': true, 'session.signed-in': true, 'session.sign-in-failed': true,
  'session.signed-out': true, 'api-token.created': true, 'api-token.revoked': true,
  'roster.imported': true, 'roster-entry.created': true, 'roster-entry.updated': true,
  'roster-entry.archived': true, 'check.performed': true,
  'oidc.configured': true, 'oidc.removed': true, 'oidc.linked': true,
};

/** Every kind, for validation of stored rows and filters. */
export const AUDIT_EVENT_KINDS: readonly AuditEventKind[] = [
  ...(Object.keys(PLATFORM_KINDS) as (keyof PlatformEventData)[]), ...DOMAIN_EVENT_KINDS,
];
const KIND_SET: ReadonlySet<string> = new Set(AUDIT_EVENT_KINDS);

export function isAuditEventKind(value: string): value is AuditEventKind {
  return KIND_SET.has(value);
}

const DOMAIN_KIND_SET: ReadonlySet<string> = new Set(DOMAIN_EVENT_KINDS);

/** Whether a kind is one of the workflows' events (a change of the facts checks depend on). */
export function isDomainEventKind(value: string): boolean {
  return DOMAIN_KIND_SET.has(value);
}

/** A workflow's event as the audit writer takes it (the domain's events carry their own org and time). */
export function fromDomainEvent(event: DomainEvent): { orgId: string; at: string; event: AuditEvent } {
  return {
    orgId: event.orgId,
    at: event.at,
    event: { kind: event.kind, actorId: event.actorId, subjectId: event.subjectId, data: event.data } as AuditEvent,
  };
}
