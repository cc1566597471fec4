import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';

/** A check's activity is bound to its organization and row: a copy elsewhere does not decrypt. */
const context = (orgId: string, checkId: string) => `checks:${orgId}:${checkId}`;

/** The activity of a check as stored: encrypted, since its texts may name clients. */
export function sealActivity(keyring: Keyring, orgId: string, checkId: string, activity: unknown): string {
  return encryptJson(keyring, activity, context(orgId, checkId));
}

/**
 * The activity of a stored check. Checks stored before activities were encrypted hold it as
 * clear JSON (an object, so it opens with `{`, which no ciphertext does) and read as they are.
 */
export function openActivity(keyring: Keyring, orgId: string, row: { id: string; activity: string }): unknown {
  return row.activity.startsWith('{') ? JSON.parse(row.activity) : decryptJson(keyring, row.activity, context(orgId, row.id));
}
