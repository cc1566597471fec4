import * as oidc from 'openid-client';
import { AppError } from '../../errors.js';

/** What openid-client needs to talk to an organization's provider. */
export interface ProviderSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Plain HTTP is allowed for a provider on this machine only (development, tests); never elsewhere. */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && (issuer.hostname === 'localhost' || issuer.hostname === '[::1]' || /^127\./.test(issuer.hostname));
}

/**
 * Discovers the provider and builds the client: ID tokens are validated by openid-client
 * (issuer, audience, expiry, nonce) and, with non-repudiation checks on, their signature
 * against the provider's JWKS as well.
 */
export async function discoverProvider(settings: ProviderSettings): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const execute = [oidc.enableNonRepudiationChecks, ...(isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [])];
  try {
    return await oidc.discovery(issuer, settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), { execute, timeout: 10 });
  } catch (error) {
    throw new AppError('oidc_provider_unavailable', `could not read ${settings.issuer}'s OpenID configuration: ${messageOf(error)}`, { reason: 'discovery' });
  }
}

const CACHE_MS = 3_600_000;
const cache = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

/**
 * The provider's configuration, discovered once an hour per organization and settings
 * version. A cache, not state: any instance rebuilds it from the database. It also keeps
 * the provider's keys (openid-client fetches them again when a token names an unknown one).
 */
export function providerConfiguration(key: string, settings: ProviderSettings, now = Date.now()): Promise<oidc.Configuration> {
  const hit = cache.get(key);
  if (hit && now - hit.at < CACHE_MS) return hit.config;
  const config = discoverProvider(settings);
  cache.set(key, { at: now, config });
  config.catch(() => cache.delete(key));
  return config;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The claim an ID token check failed on (`aud`, `iss`, `nonce`, `exp`…), from openid-client's error. */
function failedCheck(error: oidc.ClientError): string {
  const inner = error.cause as { cause?: { claim?: unknown }; message?: unknown } | undefined;
  if (typeof inner?.cause?.claim === 'string') return inner.cause.claim;
  if (error.code === 'OAUTH_KEY_SELECTION_FAILED') return 'signing-key';
  if (typeof inner?.message === 'string' && inner.message.includes('signature')) return 'signature';
  return 'invalid-response';
}

/**
 * Translates what openid-client threw into a stable error: the provider said no
 * (`oidc_denied`, with the OAuth error code), the ID token failed a check
 * (`oidc_token_invalid`, naming the check), or the provider could not be reached.
 */
export function fromClientError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
    return new AppError('oidc_denied', `the identity provider answered ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`, { reason: error.error });
  }
  if (error instanceof oidc.WWWAuthenticateChallengeError) {
    // The token endpoint refused this client's credentials: the secret is wrong or revoked.
    const code = error.cause[0]?.parameters.error ?? 'invalid_client';
    return new AppError('oidc_denied', `the identity provider refused Postwise's client credentials (${code})`, { reason: code });
  }
  if (error instanceof oidc.ClientError) {
    const unreachable = error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || error.code === 'OAUTH_RESPONSE_IS_NOT_JSON';
    if (unreachable) return new AppError('oidc_provider_unavailable', `the identity provider answered oddly: ${error.message}`);
    const check = failedCheck(error);
    return new AppError('oidc_token_invalid', `the ID token failed the ${check} check`, { reason: check });
  }
  // fetch() failed or timed out: the provider is down or unreachable from here.
  if (error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
    return new AppError('oidc_provider_unavailable', `the identity provider could not be reached: ${messageOf(error)}`);
  }
  throw error;
}

/** What the callback checks the provider's answer against. */
export interface Expected {
  readonly redirectUri: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** The claim the organization reads the email from: fetched from userinfo when the ID token lacks it. */
  readonly emailClaim: string;
}

/**
 * Exchanges the authorization code (with the PKCE verifier) and returns the ID token's
 * validated claims. Providers that keep profile claims out of the ID token answer them at
 * userinfo, which openid-client checks belongs to the same subject; the ID token wins.
 */
export async function exchangeCode(config: oidc.Configuration, query: URLSearchParams, expected: Expected): Promise<Record<string, unknown>> {
  const callback = new URL(expected.redirectUri);
  callback.search = query.toString();
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: expected.codeVerifier, expectedState: expected.state, expectedNonce: expected.nonce, idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new AppError('oidc_token_invalid', 'the identity provider sent no ID token', { reason: 'id_token' });
    if (claims[expected.emailClaim] !== undefined || !config.serverMetadata().userinfo_endpoint) return { ...claims };
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    return { ...userinfo, ...claims };
  } catch (error) {
    throw fromClientError(error);
  }
}
