import { encryptField } from '../../../crypto/field-cipher.js';
import type { OidcProviderRow } from '../../../store/repositories/oidc.js';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { iso } from '../../ports.js';
import { parseInput } from '../../validate.js';
import { oidcSettingsInput, secretContext, type OidcSettingsInput } from './settings.js';

/**
 * Sets (or replaces) an organization's OpenID Connect provider. The client secret is
 * encrypted with the field cipher; the audit entry records everything but the secret.
 */
export async function configureOidc(app: AppContext, orgId: string, actorId: string | null, input: OidcSettingsInput): Promise<OidcProviderRow> {
  const s = parseInput(oidcSettingsInput, input);
  if (!(await app.store.organizations.byId(orgId))) throw notFound('organization');
  const now = iso(app.clock.now());
  return app.store.transaction(async (tx) => {
    const before = await tx.oidc.providerOf(orgId);
    const row: OidcProviderRow = {
      org_id: orgId, issuer: s.issuer, client_id: s.clientId,
      client_secret: encryptField(app.keyring, s.clientSecret, secretContext(orgId)),
      allowed_domains: JSON.stringify(s.allowedDomains), email_claim: s.emailClaim,
      require_verified_email: s.requireVerifiedEmail ? 1 : 0, unknown_user_role: s.unknownUserRole,
      created_at: before?.created_at ?? now, updated_at: now,
    };
    await tx.oidc.saveProvider(row);
    await tx.audit.record(orgId, {
      kind: 'oidc.configured', actorId, subjectId: orgId,
      data: {
        issuer: s.issuer, clientId: s.clientId, allowedDomains: s.allowedDomains, emailClaim: s.emailClaim,
        requireVerifiedEmail: s.requireVerifiedEmail, unknownUserRole: s.unknownUserRole,
      },
    });
    return row;
  });
}

/** Turns OpenID Connect sign-in off for an organization; local accounts keep working. */
export async function removeOidc(app: AppContext, orgId: string, actorId: string | null): Promise<void> {
  await app.store.transaction(async (tx) => {
    if (!(await tx.oidc.removeProvider(orgId))) throw new AppError('oidc_not_configured', 'this organization has no OpenID Connect sign-in');
    await tx.audit.record(orgId, { kind: 'oidc.removed', actorId, subjectId: orgId, data: {} });
  });
}
