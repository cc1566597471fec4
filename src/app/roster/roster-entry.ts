import { z } from 'zod';
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import { ROSTER_KINDS, type RosterKind } from '../../engine/contract/enums.js';
import type { RosterEntry } from '../../engine/contract/context.js';
import type { RosterEntryRow } from '../../store/repositories/roster.js';

/** The personal part of an entry: encrypted as one field at rest. */
export interface RosterPersonal {
  name: string;
  aliases: string[];
  handles: string[];
  dateOfBirth: string | null;
}

/** A roster entry as the API and the CLI show it (decrypted). */
export interface RosterEntryView extends RosterPersonal {
  id: string;
  ref: string | null;
  kind: RosterKind;
  minorUnderYouthProtection: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

const nameText = z.string().trim().min(1).max(500);

/** The fields of a roster entry a person may give. */
export const rosterEntryInput = z.strictObject({
  ref: z.string().trim().min(1).max(200).nullable().optional(),
  name: nameText,
  aliases: z.array(nameText).max(50).default([]),
  handles: z.array(nameText).max(50).default([]),
  dateOfBirth: z.iso.date().nullable().optional(),
  kind: z.enum(ROSTER_KINDS).default('client'),
  minorUnderYouthProtection: z.boolean().default(false),
});
export type RosterEntryInput = z.input<typeof rosterEntryInput>;

/** The additional data bound into the ciphertext: a copy in another row does not decrypt. */
export const personalContext = (orgId: string, id: string): string => `roster:${orgId}:${id}`;

export function sealPersonal(keyring: Keyring, orgId: string, id: string, p: RosterPersonal): string {
  return encryptJson(keyring, p, personalContext(orgId, id));
}

export function openPersonal(keyring: Keyring, row: RosterEntryRow): RosterPersonal {
  return decryptJson<RosterPersonal>(keyring, row.personal, personalContext(row.org_id, row.id));
}

/** Decrypts a row into its view. */
export function toView(keyring: Keyring, row: RosterEntryRow): RosterEntryView {
  return {
    id: row.id, ref: row.ref, kind: row.kind as RosterKind, ...openPersonal(keyring, row),
    minorUnderYouthProtection: row.minor_under_youth_protection === 1,
    createdAt: row.created_at, updatedAt: row.updated_at, archivedAt: row.archived_at,
  };
}

/** The screening contract's shape of an entry, for the engine's context. */
export function toScreeningEntry(view: RosterEntryView): RosterEntry {
  return {
    id: view.id, name: view.name, kind: view.kind,
    ...(view.aliases.length ? { aliases: view.aliases } : {}),
    ...(view.handles.length ? { handles: view.handles } : {}),
    ...(view.dateOfBirth ? { dateOfBirth: view.dateOfBirth } : {}),
    ...(view.minorUnderYouthProtection ? { minorUnderYouthProtection: true } : {}),
  };
}
