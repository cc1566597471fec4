import type { Flag } from './schema.js';

/** An organization's OpenID Connect provider; at most one per organization. */
export interface OidcProviderTable {
  org_id: string;
  /** The issuer identifier, exactly as the provider's discovery document states it. */
  issuer: string;
  client_id: string;
  /** AES-256-GCM ciphertext of the client secret (context `oidc:<orgId>`). */
  client_secret: string;
  /** JSON array of email domains allowed to sign in; empty allows any domain. */
  allowed_domains: string;
  /** The claim that carries the person's email (`email`, or `preferred_username`, `upn`…). */
  email_claim: string;
  /** Whether the provider must assert `email_verified: true`. */
  require_verified_email: Flag;
  /** Null: people unknown to the organization are refused. Else the role they are added with. */
  unknown_user_role: string | null;
  created_at: string;
  updated_at: string;
}

/** A provider's subject linked to a person at their first sign-in; later sign-ins match on it. */
export interface OidcLinkTable {
  org_id: string;
  issuer: string;
  subject: string;
  person_id: string;
  created_at: string;
}

/** A sign-in under way: single use, short-lived, bound to the browser that started it. */
export interface OidcLoginTable {
  /** SHA-256 of the browser-binding cookie's value. */
  id: string;
  org_id: string;
  state: string;
  /** Ciphertext of `{ nonce, codeVerifier }` (context `oidc-login:<id>`). */
  secrets: string;
  /** The redirect URI sent to the provider; the token request must repeat it exactly. */
  redirect_uri: string;
  /** Where to send the browser after signing in: a relative path of this site. */
  return_to: string;
  created_at: string;
  expires_at: string;
}
