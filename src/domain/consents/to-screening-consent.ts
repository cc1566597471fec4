import type { Consent, CourtAuthorization } from '../../engine/contract/context.js';
import type { ConsentRecord, CourtAuthorizationRecord } from './consent-record.js';

/**
 * The screening context's `consents[]` entry. Revoked consents stay in the context, marked
 * `revoked`, so the engine can say the consent was withdrawn rather than never given.
 */
export function toScreeningConsent(record: ConsentRecord): Consent {
  const consent: Consent = {
    subject: record.subject, scope: record.scope, signedBy: record.signedBy, written: record.written,
    informedOfRisks: record.informedOfRisks, revoked: record.status === 'revoked',
  };
  if (record.validUntil !== undefined) consent.validUntil = record.validUntil;
  return consent;
}

/** The screening context's `courtAuthorizations[]` entry. */
export function toScreeningCourtAuthorization(record: CourtAuthorizationRecord): CourtAuthorization {
  const authorization: CourtAuthorization = { subject: record.subject, scope: record.scope };
  if (record.validUntil !== undefined) authorization.validUntil = record.validUntil;
  return authorization;
}
