import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptField, DecryptionError, encryptField, encryptJson, decryptJson } from '../../src/crypto/field-cipher.js';
import { KEY_FILE, keyringOf, loadKeyring } from '../../src/crypto/keyring.js';
import { hashPassword, verifyPassword } from '../../src/crypto/passwords.js';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);

describe('field encryption', () => {
  it('round-trips text, with a fresh IV each time', () => {
    const ring = keyringOf(keyA);
    const a = encryptField(ring, 'Amélie Gagnon', 'roster:o:1');
    const b = encryptField(ring, 'Amélie Gagnon', 'roster:o:1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('Amélie');
    expect(a.split('.')[1]).toBe(ring.current.id);
    expect(decryptField(ring, a, 'roster:o:1')).toBe('Amélie Gagnon');
    expect(decryptJson(ring, encryptJson(ring, { n: ['x'] }), '')).toEqual({ n: ['x'] });
  });

  it('refuses another context, a tampered ciphertext and an unknown key', () => {
    const ring = keyringOf(keyA);
    const c = encryptField(ring, 'Tom Reid', 'roster:o:1');
    expect(() => decryptField(ring, c, 'roster:o:2')).toThrow(DecryptionError);
    const parts = c.split('.');
    parts[3] = Buffer.from('xxxxxxxx').toString('base64url');
    expect(() => decryptField(ring, parts.join('.'), 'roster:o:1')).toThrow(DecryptionError);
    expect(() => decryptField(keyringOf(keyB), c, 'roster:o:1')).toThrow(/unknown key/);
  });

  it('decrypts with a retired key after rotation', () => {
    const old = encryptField(keyringOf(keyA), 'x');
    const rotated = keyringOf(keyB, [keyA]);
    expect(decryptField(rotated, old)).toBe('x');
    expect(encryptField(rotated, 'y').split('.')[1]).toBe(rotated.current.id);
  });
});

describe('loadKeyring', () => {
  it('creates a 0600 key file on first start and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postwise-key-'));
    const first = loadKeyring({ key: undefined, dataDir: dir });
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(join(dir, KEY_FILE), 'utf8').trim(), 'base64').length).toBe(32);
    expect(loadKeyring({ key: undefined, dataDir: dir }).current.id).toBe(first.current.id);
  });

  it('prefers the key from the environment', () => {
    expect(loadKeyring({ key: keyA, dataDir: '/nonexistent' }).current.id).toBe(keyringOf(keyA).current.id);
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('correct horse 1');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'correct horse 1')).toBe(true);
    expect(await verifyPassword(h, 'wrong')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
  });
});
