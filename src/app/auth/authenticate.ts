import { sha256Hex } from '../../crypto/tokens.js';
import type { Role } from '../../engine/contract/enums.js';
import type { PersonRow } from '../../store/repositories/people.js';
import type { AppContext } from '../context.js';
import { iso } from '../ports.js';
import { passwordExpired, passwordRulesFor } from '../people/password-rules.js';
import type { Principal } from './principal.js';

async function principalOf(
  app: AppContext, person: PersonRow | undefined, via: Principal['via'], extra: Partial<Principal>,
): Promise<Principal | null> {
  if (!person || person.archived_at) return null;
  const org = await app.store.organizations.byId(person.org_id);
  if (!org) return null;
  let passwordChangeRequired = false;
  if (via === 'session') {
    const cred = await app.store.credentials.byPerson(person.id);
    passwordChangeRequired = !!cred && passwordExpired(passwordRulesFor(org.pack_id), cred.changed_at, app.clock.now());
  }
  return {
    personId: person.id, orgId: org.id, role: person.role as Role, isAdmin: person.is_admin === 1,
    packId: org.pack_id, packVersion: org.pack_version, via, passwordChangeRequired, ...extra,
  };
}

/** The principal of a session cookie's token, or null when it is unknown or expired. */
export async function authenticateSession(app: AppContext, token: string): Promise<Principal | null> {
  const id = sha256Hex(token);
  const session = await app.store.sessions.live(id, iso(app.clock.now()));
  if (!session) return null;
  const person = await app.store.people.byId(session.org_id, session.person_id);
  return principalOf(app, person, 'session', { csrfToken: session.csrf_token, sessionId: id });
}

/** The principal of an API token (a `Bearer` header), or null when it is unknown or revoked. */
export async function authenticateApiToken(app: AppContext, token: string): Promise<Principal | null> {
  const row = await app.store.apiTokens.active(sha256Hex(token));
  if (!row) return null;
  const person = await app.store.people.byId(row.org_id, row.person_id);
  return principalOf(app, person, 'token', {});
}
