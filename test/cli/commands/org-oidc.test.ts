/** `postwise org oidc …` as a person runs it: real processes, a real provider to discover. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { settingsOf } from '../../../src/app/auth/oidc/settings.js';
import { keyringOf } from '../../../src/crypto/keyring.js';
import { connect } from '../../../src/store/connect.js';
import { startIdentityProvider, type IdentityProvider } from '../../server/oidc/identity-provider.js';
import { describeEachDialect } from '../../store/dialects.js';
import { postwise as postwiseOn, TEST_KEY } from './run-postwise.js';

describeEachDialect('postwise org oidc', (h) => {
  const postwise = (args: string[], input?: string) => postwiseOn(h, args, input);
  const slug = `oidc-cli-${h.dialect}`;
  let idp: IdentityProvider;
  let secretFile = '';

  beforeAll(async () => {
    idp = await startIdentityProvider([{ clientId: 'postwise', clientSecret: 'cli-secret-5b1e', redirectUri: 'https://postwise.example.org/api/auth/oidc/callback' }]);
    secretFile = join(h.connectOptions.dataDir, 'client-secret');
    writeFileSync(secretFile, 'cli-secret-5b1e\n');
    expect((await postwise(['org', 'create', '--slug', slug, '--name', 'OIDC Org', '--pack', 'iwso'])).code).toBe(0);
  });
  afterAll(async () => { await idp?.close(); });

  it('sets a provider after discovering it, shows it without the secret, keeps the secret encrypted, and removes it', async () => {
    const set = await postwise(['org', 'oidc', 'set', '--org', slug, '--issuer', idp.issuer, '--client-id', 'postwise',
      '--client-secret-file', secretFile, '--allowed-domain', 'oidc.example,Staff.Oidc.Example']);
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain(`${slug} signs in with ${idp.issuer}`);
    expect(set.stdout).toContain('/api/auth/oidc/callback');

    const show = await postwise(['org', 'oidc', 'show', '--org', slug]);
    expect(show.stdout).toContain(`issuer\t${idp.issuer}`);
    expect(show.stdout).toContain('allowed domains\toidc.example, staff.oidc.example');
    expect(show.stdout).toContain('unknown people\trefused');
    expect(show.stdout).not.toContain('cli-secret-5b1e');

    const db = h.dialect === 'sqlite' ? connect({ dataDir: h.connectOptions.dataDir }) : h.db;
    try {
      const org = await db.kysely.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
      const row = await db.kysely.selectFrom('oidc_providers').selectAll().where('org_id', '=', org.id).executeTakeFirstOrThrow();
      expect(row.client_secret).not.toContain('cli-secret-5b1e');
      expect(settingsOf(row, keyringOf(Buffer.from(TEST_KEY, 'base64'))).clientSecret).toBe('cli-secret-5b1e');
    } finally {
      if (db !== h.db) await db.destroy();
    }

    expect((await postwise(['org', 'oidc', 'remove', '--org', slug])).stdout).toContain('no longer signs in with OpenID Connect');
    expect((await postwise(['org', 'oidc', 'show', '--org', slug])).code).toBe(2);
  });

  it('refuses a provider it cannot discover, plain http off this machine, and admitting strangers without a domain', async () => {
    const base = ['org', 'oidc', 'set', '--org', slug, '--client-id', 'postwise', '--client-secret-file', secretFile];
    const unreachable = await postwise([...base, '--issuer', 'http://127.0.0.1:9']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/could not read http:\/\/127\.0\.0\.1:9/);
    const plain = await postwise([...base, '--issuer', 'http://idp.example.org', '--no-discovery-check']);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/issuer: must be https/);
    const open = await postwise([...base, '--issuer', idp.issuer, '--admit-unknown-as', 'staff']);
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(/allowed email domain/);
  });
});
