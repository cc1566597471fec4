import * as oidc from 'openid-client';
import { encryptJson } from '../../../crypto/field-cipher.js';
import { randomToken, sha256Hex } from '../../../crypto/tokens.js';
import type { AppContext } from '../../context.js';
import { AppError, invalid } from '../../errors.js';
import { iso } from '../../ports.js';
import { providerConfiguration } from './provider-client.js';
import { safeReturnTo } from './return-to.js';
import { settingsOf, type OidcSettings } from './settings.js';

/** How long a person has to sign in at the provider. */
export const LOGIN_MINUTES = 10;

/** The context that binds a sign-in's secrets to its row. */
export const loginContext = (id: string): string => `oidc-login:${id}`;

/** What the callback needs back, sealed in the store. */
export interface LoginSecrets {
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface StartInput {
  readonly organization: string;
  readonly returnTo: string | undefined;
  /** This site's callback URL, registered with the provider. */
  readonly redirectUri: string;
}

export interface Started {
  /** Where to send the browser: the provider's authorization endpoint. */
  readonly authorizationUrl: string;
  /** The value of the cookie that binds this sign-in to the browser that started it. */
  readonly browserToken: string;
}

/** An organization's settings by slug, or `oidc_not_configured` (unknown organizations read the same). */
export async function oidcSettingsBySlug(app: AppContext, slug: string): Promise<OidcSettings> {
  const org = await app.store.organizations.bySlug(slug);
  const row = org ? await app.store.oidc.providerOf(org.id) : undefined;
  if (!row) throw new AppError('oidc_not_configured', `${slug} has no OpenID Connect sign-in`, { field: 'organization' });
  return settingsOf(row, app.keyring);
}

/**
 * Starts an authorization code flow with PKCE, `state` and `nonce`. They are kept in the
 * store, not in memory, under the hash of a random browser token (sent back as a cookie),
 * so that any instance can complete the sign-in and only the browser that started it can.
 */
export async function startOidcSignIn(app: AppContext, input: StartInput): Promise<Started> {
  const returnTo = safeReturnTo(input.returnTo);
  if (returnTo === null) throw invalid('returnTo must be a path of this site, such as /checks', 'returnTo');
  const settings = await oidcSettingsBySlug(app, input.organization);
  const config = await providerConfiguration(settings.version, settings);

  const secrets: LoginSecrets = { nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  const state = oidc.randomState();
  const browserToken = randomToken('pwo_');
  const id = sha256Hex(browserToken);
  const now = app.clock.now();
  await app.store.oidc.removeExpiredLogins(iso(now));
  await app.store.oidc.beginLogin({
    id, org_id: settings.orgId, state, secrets: encryptJson(app.keyring, secrets, loginContext(id)),
    redirect_uri: input.redirectUri, return_to: returnTo,
    created_at: iso(now), expires_at: iso(new Date(now.getTime() + LOGIN_MINUTES * 60_000)),
  });

  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri, scope: 'openid email profile', state, nonce: secrets.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier), code_challenge_method: 'S256',
  });
  return { authorizationUrl: url.href, browserToken };
}
