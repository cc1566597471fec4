import type { ConsentScope, Signer } from '../../engine/contract/enums.js';

/** Why and when a consent was withdrawn. */
export interface ConsentRevocation {
  readonly at: string;
  /** Who recorded the revocation (the client revokes; staff records it). */
  readonly by: string;
  readonly reason: string;
}

/**
 * A client's (or their representative's) consent to one use, as signed. `signerName` is personal
 * information and is encrypted at rest by the store.
 */
export interface ConsentRecord {
  readonly id: string;
  readonly orgId: string;
  /** Roster id of the person the consent is about. */
  readonly subject: string;
  readonly scope: ConsentScope;
  readonly signedBy: Signer;
  readonly signerName?: string;
  readonly written: boolean;
  readonly informedOfRisks: boolean;
  readonly signedAt: string;
  readonly validUntil?: string;
  /** SHA-256 of the scanned form, when one is kept. */
  readonly documentSha256?: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly status: 'active' | 'revoked';
  readonly revocation?: ConsentRevocation;
  readonly version: number;
}

/** A court's authorization to identify a child followed under youth protection (LPJ art. 11.2.1). */
export interface CourtAuthorizationRecord {
  readonly id: string;
  readonly orgId: string;
  readonly subject: string;
  /** What the court allows, e.g. `identify-child`. */
  readonly scope: string;
  /** The court file or judgment number; personal, encrypted at rest. */
  readonly judgmentReference: string;
  readonly issuedAt: string;
  readonly validUntil?: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}
