import { createCipheriv, createDecipheriv } from 'node:crypto';
import { randomBytesFromPool } from './random-pool.js';
import type { Keyring } from './keyring.js';

/** Thrown when a ciphertext cannot be decrypted: unknown key, wrong context, or tampered. */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
}

const VERSION = 'v1';

/**
 * Encrypts one personal field with AES-256-GCM under the keyring's current key.
 * The result is text: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts), so any text
 * column can hold it and the key that made it is known on reading.
 *
 * `context` (e.g. `roster:<orgId>:<entryId>`) is authenticated but not stored: a ciphertext
 * copied to another row or organization no longer decrypts.
 *
 * @example
 * const stored = encryptField(keyring, 'Amélie Gagnon', `roster:${orgId}:${id}`);
 * decryptField(keyring, stored, `roster:${orgId}:${id}`); // 'Amélie Gagnon'
 */
export function encryptField(keyring: Keyring, plaintext: string, context = ''): string {
  const { id, key } = keyring.current;
  const iv = randomBytesFromPool(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${id}.${context}`, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, id, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** Decrypts what `encryptField` made, with the same `context`. */
export function decryptField(keyring: Keyring, stored: string, context = ''): string {
  const parts = stored.split('.');
  const [version, id, iv, body, tag] = parts;
  if (parts.length !== 5 || version !== VERSION || !id || iv === undefined || body === undefined || tag === undefined) {
    throw new DecryptionError('not an encrypted field');
  }
  const dataKey = keyring.byId(id);
  if (!dataKey) throw new DecryptionError(`unknown key ${id}`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${VERSION}.${id}.${context}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('ciphertext does not authenticate (wrong key, wrong context or tampered)');
  }
}

/** Encrypts a JSON value (several fields of a row at once). */
export function encryptJson(keyring: Keyring, value: unknown, context = ''): string {
  return encryptField(keyring, JSON.stringify(value), context);
}

/** Decrypts a JSON value made by `encryptJson`. */
export function decryptJson<T>(keyring: Keyring, stored: string, context = ''): T {
  return JSON.parse(decryptField(keyring, stored, context)) as T;
}
