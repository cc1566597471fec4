import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One 256-bit data key and its id, which is stored beside every ciphertext it made. */
export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The key new ciphertexts use, and every key old ones may need (for rotation). */
export interface Keyring {
  readonly current: DataKey;
  byId(id: string): DataKey | undefined;
}

/** The key file's name in the data directory. */
export const KEY_FILE = 'postwise.key';

/** A key's id: a short fingerprint that names it without revealing it. */
export function keyId(key: Buffer): string {
  return `k${createHash('sha256').update('postwise-key-id').update(key).digest('hex').slice(0, 12)}`;
}

/** A keyring from one current key and, optionally, retired keys still able to decrypt. */
export function keyringOf(current: Buffer, retired: readonly Buffer[] = []): Keyring {
  for (const k of [current, ...retired]) if (k.length !== 32) throw new Error('a data key must be 32 bytes');
  const keys = new Map<string, DataKey>();
  for (const key of [current, ...retired]) keys.set(keyId(key), { id: keyId(key), key });
  const head = keys.get(keyId(current));
  if (!head) throw new Error('unreachable');
  return { current: head, byId: (id) => keys.get(id) };
}

/**
 * The data key: `POSTWISE_KEY` when set, else the key file in the data directory, created
 * on first start (mode 0600). The key never goes into the database, so a copy of the
 * database alone reveals no client names.
 */
export function loadKeyring(options: { key: Buffer | undefined; dataDir: string }): Keyring {
  if (options.key) return keyringOf(options.key);
  const file = join(options.dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    // 'wx' fails if another process created it meanwhile; then we read theirs.
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return keyringOf(key);
}
