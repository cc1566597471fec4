import { z } from 'zod';
import { ROLES, type Role } from '../../../engine/contract/enums.js';
import { decryptField } from '../../../crypto/field-cipher.js';
import { sha256Hex } from '../../../crypto/tokens.js';
import type { Keyring } from '../../../crypto/keyring.js';
import type { OidcProviderRow } from '../../../store/repositories/oidc.js';
import type { MatchRules } from './identity.js';
import { isLoopbackHttp, type ProviderSettings } from './provider-client.js';

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** An organization's OpenID Connect settings as an administrator gives them. */
export const oidcSettingsInput = z.strictObject({
  issuer: z.url({ protocol: /^https?$/ }).refine(
    (s) => new URL(s).protocol === 'https:' || isLoopbackHttp(new URL(s)),
    'must be https:// (plain http only for a provider on this machine)',
  ),
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().trim().min(1).max(2_000),
  allowedDomains: z.array(z.string().trim().toLowerCase().regex(DOMAIN, 'not an email domain')).max(50).default([]),
  emailClaim: z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'not a claim name').default('email'),
  requireVerifiedEmail: z.boolean().default(true),
  /** Absent or null: people the organization does not know are refused. */
  unknownUserRole: z.enum(ROLES).nullable().default(null),
}).refine((s) => s.unknownUserRole === null || s.allowedDomains.length > 0, {
  // Admitting anyone a shared provider (a public one) vouches for would open the organization to strangers.
  message: 'admitting unknown people needs at least one allowed email domain', path: ['allowedDomains'],
});
export type OidcSettingsInput = z.input<typeof oidcSettingsInput>;

/** The context that binds a client secret's ciphertext to its organization. */
export const secretContext = (orgId: string): string => `oidc:${orgId}`;

/** An organization's settings, decoded from its row, with the client secret decrypted. */
export interface OidcSettings extends ProviderSettings, MatchRules {
  readonly orgId: string;
  readonly unknownUserRole: Role | null;
  /** Changes whenever the provider settings do: the key of the cached provider configuration. */
  readonly version: string;
}

export function settingsOf(row: OidcProviderRow, keyring: Keyring): OidcSettings {
  const clientSecret = decryptField(keyring, row.client_secret, secretContext(row.org_id));
  return {
    orgId: row.org_id, issuer: row.issuer, clientId: row.client_id, clientSecret,
    allowedDomains: JSON.parse(row.allowed_domains) as string[], emailClaim: row.email_claim,
    requireVerifiedEmail: row.require_verified_email === 1, unknownUserRole: row.unknown_user_role as Role | null,
    version: sha256Hex(JSON.stringify([row.org_id, row.issuer, row.client_id, clientSecret])),
  };
}
