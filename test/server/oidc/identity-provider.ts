/**
 * A real OpenID provider for tests: panva's `oidc-provider` on a loopback port, with the
 * clients and accounts a test gives it. Its development login form stands in for the
 * organization's sign-in page. `tamper` rewrites the ID token the token endpoint returns,
 * re-signed with the provider's own key (or another one), to play a provider that
 * misbehaves: another audience, an expired token, a bad signature.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';

export interface TestAccount {
  readonly email: string;
  readonly email_verified: boolean;
  readonly name?: string;
  /** A claim a provider might send to suggest a role; Postwise must ignore it. */
  readonly role?: string;
}

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
}

/** How a test re-signs an ID token: its payload changed, with the provider's key unless `foreignKey`. */
export interface Tamper {
  readonly payload: (claims: JWTPayload) => JWTPayload;
  readonly foreignKey?: boolean;
}

export interface IdentityProvider {
  readonly issuer: string;
  readonly accounts: Map<string, TestAccount>;
  /** Set to rewrite the next ID tokens; null for honest answers. */
  tamper: Tamper | null;
  close(): Promise<void>;
}

const KID = 'test-signing-key';

async function signingKeys() {
  const own = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(own.privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
  return { jwk, own: own.privateKey, foreign: foreign.privateKey };
}

export async function startIdentityProvider(clients: readonly TestClient[]): Promise<IdentityProvider> {
  const http: Server = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const keys = await signingKeys();
  const accounts = new Map<string, TestAccount>();

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId, client_secret: c.clientSecret, redirect_uris: [c.redirectUri],
      grant_types: ['authorization_code'], response_types: ['code'],
    })),
    jwks: { keys: [keys.jwk] },
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'role'] },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
  });

  const state: IdentityProvider = { issuer, accounts, tamper: null, close: async () => { await new Promise((r) => http.close(r)); } };
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    const tamper = state.tamper;
    if (ctx.path !== '/token' || !tamper || typeof body?.id_token !== 'string') return;
    const header = decodeProtectedHeader(body.id_token);
    const id_token = await new SignJWT(tamper.payload(decodeJwt(body.id_token)))
      .setProtectedHeader({ alg: header.alg ?? 'RS256', kid: header.kid ?? KID })
      .sign(tamper.foreignKey ? keys.foreign : keys.own);
    ctx.body = { ...body, id_token };
  });
  http.on('request', provider.callback());
  return state;
}
