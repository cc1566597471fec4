/**
 * The closed list of audit events and the details each one carries. Details hold ids and
 * facts, never personal information (no client names: those stay encrypted in their tables).
 *
 * To add events (workflow tables): add a line per kind to `AuditEventData`; the kind list
 * and the types follow from it.
 */
export interface AuditEventData {
  'organization.created': { slug: string; packId: string; packVersion: string };
  'person.created': { role: string; isAdmin: boolean; supervisorId: string | null };
  'person.updated': { fields: string[] };
  'person.archived': Record<string, never>;
  'password.changed': { by: 'self' | 'admin' | 'cli' };
  'session.signed-in': { method: 'password' };
  'session.sign-in-failed': { reason: 'bad-password' | 'archived' | 'no-password' };
  'session.signed-out': Record<string, never>;
  'api-token.created': { name: string };
  'api-token.revoked': Record<string, never>;
  'roster.imported': { created: number; updated: number };
  'roster-entry.created': { kind: string };
  'roster-entry.updated': { fields: string[] };
  'roster-entry.archived': Record<string, never>;
  'check.performed': { verdict: string; categories: string[]; packId: string; packVersion: string };
}

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

const KINDS: Record<AuditEventKind, true> = {
  'organization.created': true, 'person.created': true, 'person.updated': true, 'person.archived': true,
  'password.changed': true, 'session.signed-in': true, 'session.sign-in-failed': true,
  'session.signed-out': true, 'api-token.created': true, 'api-token.revoked': true,
  'roster.imported': true, 'roster-entry.created': true, 'roster-entry.updated': true,
  'roster-entry.archived': true, 'check.performed': true,
};

/** Every kind, for validation of stored rows and filters. */
export const AUDIT_EVENT_KINDS = Object.keys(KINDS) as AuditEventKind[];

export function isAuditEventKind(value: string): value is AuditEventKind {
  return Object.hasOwn(KINDS, value);
}
