import type { ExportedEntry } from '../../audit/export.js';
import { decryptField, DecryptionError, encryptField } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { DomainEvent, DomainEventKind } from '../../domain/index.js';

/**
 * The free text of audit events, in people's own words, which may name clients: encrypted in the
 * audit log like the records' personal fields. The chain hashes what is stored, so anyone still
 * verifies it without the key; `audit export` opens them with it.
 */
const SEALED_TEXT: Partial<Record<DomainEventKind, readonly string[]>> = {
  'approval.decided': ['reason'],
  'approval.withdrawn': ['reason'],
  'approval.revoked': ['reason'],
  'account.access-revoked': ['reason'],
  'task.completed': ['note'],
};

/** A sealed field is bound to its organization, event kind and subject. */
const context = (orgId: string, kind: string, subjectId: string | null) => `audit:${orgId}:${kind}:${subjectId ?? ''}`;

/** The event with its free text encrypted, as the audit log stores it. */
export function sealEventText(keyring: Keyring, event: DomainEvent): DomainEvent {
  const fields = SEALED_TEXT[event.kind];
  if (!fields) return event;
  const data: Record<string, unknown> = { ...event.data };
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string') data[field] = encryptField(keyring, value, context(event.orgId, event.kind, event.subjectId));
  }
  return { ...event, data } as DomainEvent;
}

/**
 * An exported entry with its free text opened. Entries written before it was encrypted hold
 * it in clear, and one sealed under a key no longer held stays as stored.
 */
export function openEntryText(keyring: Keyring, entry: ExportedEntry): ExportedEntry {
  const fields = SEALED_TEXT[entry.kind as DomainEventKind];
  if (!fields || typeof entry.data !== 'object' || entry.data === null) return entry;
  const data: Record<string, unknown> = { ...(entry.data as Record<string, unknown>) };
  for (const field of fields) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    try {
      data[field] = decryptField(keyring, value, context(entry.orgId, entry.kind, entry.subjectId));
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
    }
  }
  return { ...entry, data };
}
