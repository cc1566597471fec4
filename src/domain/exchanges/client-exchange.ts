/**
 * A social-media exchange with a client, documented in the client's file (valoris §1: "Any
 * exchanges with clients through social media are to be documented in the client's file").
 * `summary` is personal information, encrypted at rest.
 */
export interface ClientExchange {
  readonly id: string;
  readonly orgId: string;
  readonly clientId: string;
  readonly staffId: string;
  readonly platform: string;
  readonly accountId?: string;
  readonly direction: 'inbound' | 'outbound';
  readonly occurredAt: string;
  readonly summary: string;
  /** The consent to social-media communication the exchange relied on. */
  readonly consentId?: string;
  readonly loggedAt: string;
}
