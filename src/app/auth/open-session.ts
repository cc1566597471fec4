import { randomToken, sha256Hex } from '../../crypto/tokens.js';
import type { UnitOfWork } from '../../store/store.js';
import { iso } from '../ports.js';

/** How long a session lasts from sign-in (absolute, not sliding). */
export const SESSION_HOURS = 12;

/** A new session: the cookie's token is shown once and stored only as its SHA-256. */
export interface OpenedSession {
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/**
 * Opens a session for a person who proved who they are, and audits the sign-in, in the
 * caller's transaction. Every way of signing in ends here, so every session looks alike.
 */
export async function openSession(
  tx: UnitOfWork, now: Date, who: { orgId: string; personId: string }, method: 'password' | 'oidc',
): Promise<OpenedSession> {
  const sessionToken = randomToken('pws_');
  const csrfToken = randomToken();
  const expiresAt = iso(new Date(now.getTime() + SESSION_HOURS * 3_600_000));
  await tx.sessions.insert({
    id: sha256Hex(sessionToken), person_id: who.personId, org_id: who.orgId, csrf_token: csrfToken,
    created_at: iso(now), expires_at: expiresAt, method,
  });
  await tx.audit.record(who.orgId, { kind: 'session.signed-in', actorId: who.personId, subjectId: who.personId, data: { method } });
  return { sessionToken, csrfToken, expiresAt };
}
