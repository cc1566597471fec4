import { sha256Hex } from '../../crypto/tokens.js';
import type { Role } from '../../engine/contract/enums.js';
import { preparedQuery } from '../../store/prepared.js';
import type { AppContext } from '../context.js';
import { iso } from '../ports.js';
import { practicePackOfOrg } from '../packs.js';
import { passwordExpired, passwordRulesFor } from '../people/password-rules.js';
import type { Principal } from './principal.js';

interface Joined {
  person_id: string; org_id: string; role: string; is_admin: number; archived_at: string | null;
  pack_id: string; pack_version: string; practice_pack_id: string | null;
}

// Every request runs one of these: built once (see store/prepared.ts).
const sessionQuery = preparedQuery((db, a: { id: string; now: string }) => db.selectFrom('sessions as s')
  .innerJoin('people as p', (j) => j.onRef('p.id', '=', 's.person_id').onRef('p.org_id', '=', 's.org_id'))
  .innerJoin('organizations as o', 'o.id', 'p.org_id')
  .leftJoin('credentials as c', 'c.person_id', 'p.id')
  .select(['p.id as person_id', 'p.org_id', 'p.role', 'p.is_admin', 'p.archived_at', 'o.pack_id', 'o.pack_version', 'o.practice_pack_id', 's.csrf_token', 's.method', 'c.changed_at'])
  .where('s.id', '=', a.id).where('s.expires_at', '>', a.now));
const apiTokenQuery = preparedQuery((db, a: { tokenHash: string }) => db.selectFrom('api_tokens as t')
  .innerJoin('people as p', (j) => j.onRef('p.id', '=', 't.person_id').onRef('p.org_id', '=', 't.org_id'))
  .innerJoin('organizations as o', 'o.id', 'p.org_id')
  .select(['p.id as person_id', 'p.org_id', 'p.role', 'p.is_admin', 'p.archived_at', 'o.pack_id', 'o.pack_version', 'o.practice_pack_id'])
  .where('t.token_hash', '=', a.tokenHash).where('t.revoked_at', 'is', null));

function principalOf(row: Joined | undefined, via: Principal['via'], extra: Partial<Principal>): Principal | null {
  if (!row || row.archived_at) return null;
  return {
    personId: row.person_id, orgId: row.org_id, role: row.role as Role, isAdmin: row.is_admin === 1,
    packId: row.pack_id, packVersion: row.pack_version, practicePackId: row.practice_pack_id ?? undefined, via, passwordChangeRequired: false, ...extra,
  };
}

/**
 * The principal of a session cookie's token, or null when it is unknown or expired.
 * One query: every request pays for it, so the session, the person, the organization and
 * the password's age come back together.
 */
export async function authenticateSession(app: AppContext, token: string): Promise<Principal | null> {
  const id = sha256Hex(token);
  const now = app.clock.now();
  const [row] = (await sessionQuery.run(app.store.db.kysely, { id, now: iso(now) })).rows;
  if (!row) return null;
  // Signed in through the organization's identity provider: the local password's age is not in question.
  const expired = row.method === 'password' && row.changed_at !== null && passwordExpired(passwordRulesFor(practicePackOfOrg(row)), row.changed_at, now);
  return principalOf(row, 'session', { csrfToken: row.csrf_token, sessionId: id, passwordChangeRequired: expired });
}

/** The principal of an API token (a `Bearer` header), or null when it is unknown or revoked. One query. */
export async function authenticateApiToken(app: AppContext, token: string): Promise<Principal | null> {
  const [row] = (await apiTokenQuery.run(app.store.db.kysely, { tokenHash: sha256Hex(token) })).rows;
  return principalOf(row, 'token', {});
}
