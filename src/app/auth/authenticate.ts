import { sha256Hex } from '../../crypto/tokens.js';
import type { Role } from '../../engine/contract/enums.js';
import { CompiledQuery, type ExpressionBuilder, type Kysely } from 'kysely';
import { nameServerStatement, preparedQuery } from '../../store/prepared.js';
import type { Database, PersonTable } from '../../store/schema.js';
import type { AppContext } from '../context.js';
import { iso } from '../ports.js';
import { practicePackOfOrg } from '../packs.js';
import { passwordExpired, passwordRulesFor } from '../people/password-rules.js';
import type { Principal } from './principal.js';
import { ORGANIZATION_COLUMNS, type OrganizationRow } from '../../store/repositories/organizations.js';

interface Joined {
  person_id: string; org_id: string; role: string; is_admin: number; archived_at: string | null;
  pack_id: string; pack_version: string; practice_pack_id: string | null;
}

// Every request runs one of these: built once (see store/prepared.ts).
const sessionBase = (db: Kysely<Database>, a: { id: string; now: string }) => db.selectFrom('sessions as s')
  .innerJoin('people as p', (j) => j.onRef('p.id', '=', 's.person_id').onRef('p.org_id', '=', 's.org_id'))
  .innerJoin('organizations as o', 'o.id', 'p.org_id')
  .leftJoin('credentials as c', 'c.person_id', 'p.id')
  .select(['p.id as person_id', 'p.org_id', 'p.role', 'p.is_admin', 'p.archived_at', 'o.pack_id', 'o.pack_version', 'o.practice_pack_id', 's.csrf_token', 's.method', 'c.changed_at'])
  .where('s.id', '=', a.id).where('s.expires_at', '>', a.now);
const apiTokenBase = (db: Kysely<Database>, a: { tokenHash: string }) => db.selectFrom('api_tokens as t')
  .innerJoin('people as p', (j) => j.onRef('p.id', '=', 't.person_id').onRef('p.org_id', '=', 't.org_id'))
  .innerJoin('organizations as o', 'o.id', 'p.org_id')
  .select(['p.id as person_id', 'p.org_id', 'p.role', 'p.is_admin', 'p.archived_at', 'o.pack_id', 'o.pack_version', 'o.practice_pack_id'])
  .where('t.token_hash', '=', a.tokenHash).where('t.revoked_at', 'is', null);
const sessionQuery = preparedQuery(sessionBase);
const apiTokenQuery = preparedQuery(apiTokenBase);

/**
 * What a check reads besides the principal, in the principal's own statement: the
 * organization (its roster, facts and pack versions, against which the check's caches are
 * validated) and the time of the person's newest check since `since` (null: none). One
 * round trip per check instead of two; still read afresh on every request.
 */
export interface CheckBasis {
  /** When the request was authenticated: the check's time. */
  readonly now: Date;
  readonly since: string;
  readonly org: OrganizationRow;
  readonly newestCheckAt: string | null;
}

/** The organization's other columns (the principal's statement has its pack columns already) and the person's newest check since `since`. */
const ORG_REST = ['o.id', 'o.slug', 'o.name', 'o.aliases', 'o.email_domains', 'o.roster_version', 'o.facts_version', 'o.created_at', 'o.updated_at'] as const;
const newestCheck = (since: string) => (eb: ExpressionBuilder<Database & { p: PersonTable }, 'p'>) => eb.selectFrom('checks as k').select('k.created_at')
  .whereRef('k.org_id', '=', 'p.org_id').whereRef('k.person_id', '=', 'p.id').where('k.created_at', '>=', since)
  .orderBy('k.created_at', 'desc').limit(1).as('newest_check_at');
const sessionForCheckQuery = preparedQuery((db, a: { id: string; now: string; since: string }) => sessionBase(db, a).select(ORG_REST).select(newestCheck(a.since)));
const apiTokenForCheckQuery = preparedQuery((db, a: { tokenHash: string; since: string }) => apiTokenBase(db, a).select(ORG_REST).select(newestCheck(a.since)));

function checkBasisOf(row: OrganizationRow & { newest_check_at: string | null }, now: Date, since: string): CheckBasis {
  const org = Object.fromEntries(ORGANIZATION_COLUMNS.map((c) => [c, row[c]])) as unknown as OrganizationRow;
  return { now, since, org, newestCheckAt: row.newest_check_at };
}

function principalOf(row: Joined | undefined, via: Principal['via'], extra: Partial<Principal>): Principal | null {
  if (!row || row.archived_at) return null;
  return {
    personId: row.person_id, orgId: row.org_id, role: row.role as Role, isAdmin: row.is_admin === 1,
    packId: row.pack_id, packVersion: row.pack_version, practicePackId: row.practice_pack_id ?? undefined, via, passwordChangeRequired: false, ...extra,
  };
}

/** A principal, and what its statement also read for a check (when asked for). */
export interface Authenticated {
  readonly principal: Principal;
  readonly basis?: CheckBasis | undefined;
}

/** Whether to read the check's basis along with the principal (`CheckBasis`), and from when the person's posts count. */
export interface AuthenticateOptions {
  readonly forCheck?: { readonly since: (now: Date) => string } | undefined;
}

/**
 * The principal of a session cookie's token, or null when it is unknown or expired.
 * One query: every request pays for it, so the session, the person, the organization and
 * the password's age come back together (and, for a check, the check's basis).
 */
export async function authenticateSession(app: AppContext, token: string, options: AuthenticateOptions = {}): Promise<Authenticated | null> {
  const id = sha256Hex(token);
  const now = app.clock.now();
  const since = options.forCheck?.since(now);
  const [row] = since === undefined
    ? (await sessionQuery.run(app.store.db.kysely, { id, now: iso(now) })).rows
    : (await sessionForCheckQuery.run(app.store.db.kysely, { id, now: iso(now), since })).rows;
  if (!row) return null;
  // Signed in through the organization's identity provider: the local password's age is not in question.
  const expired = row.method === 'password' && row.changed_at !== null && passwordExpired(passwordRulesFor(practicePackOfOrg(row)), row.changed_at, now);
  const principal = principalOf(row, 'session', { csrfToken: row.csrf_token, sessionId: id, passwordChangeRequired: expired });
  if (!principal) return null;
  return { principal, basis: since === undefined ? undefined : checkBasisOf(row as typeof row & OrganizationRow & { newest_check_at: string | null }, now, since) };
}

type TokenForCheckRow = Joined & OrganizationRow & { token_hash: string; newest_check_at: string | null };

/** PostgreSQL: the principals and check bases of several API tokens in one statement (see `tokensForChecks`). */
const TOKENS_FOR_CHECKS_SQL = 'select t.token_hash, p.id as person_id, p.org_id, p.role, p.is_admin, p.archived_at, o.pack_id, o.pack_version, o.practice_pack_id, ' +
  `${ORG_REST.join(', ')}, (select k.created_at from checks as k where k.org_id = p.org_id and k.person_id = p.id and k.created_at >= $2 ` +
  'order by k.created_at desc limit 1) as newest_check_at from api_tokens as t inner join people as p on p.id = t.person_id and p.org_id = t.org_id ' +
  'inner join organizations as o on o.id = p.org_id where t.token_hash = any($1::text[]) and t.revoked_at is null';
nameServerStatement(TOKENS_FOR_CHECKS_SQL);

interface TokenLookup { readonly now: Date; readonly since: string; readonly rows: Map<string, TokenForCheckRow> }

/**
 * PostgreSQL: the tokens of the checks that arrive in one turn of the event loop are looked
 * up together, in one statement (one round trip instead of one each), as the check writer
 * commits them together. Each lookup still starts after its request arrived: a revoked token
 * is refused at once. Per database (with the `since` of its first caller: there is one).
 */
const tokenBatches = new WeakMap<Kysely<Database>, (tokenHash: string) => Promise<TokenLookup>>();

function tokensForChecks(app: AppContext, since: (now: Date) => string): (tokenHash: string) => Promise<TokenLookup> {
  const db = app.store.db.kysely;
  const known = tokenBatches.get(db);
  if (known) return known;
  let pending: Set<string> | undefined;
  let waiting: { resolve(found: TokenLookup): void; reject(error: unknown): void }[] = [];
  const lookUp = async (): Promise<void> => {
    const hashes = [...(pending ?? [])];
    const waiters = waiting;
    pending = undefined;
    waiting = [];
    try {
      const now = app.clock.now();
      const from = since(now);
      const { rows } = await db.executeQuery<TokenForCheckRow>(CompiledQuery.raw(TOKENS_FOR_CHECKS_SQL, [hashes, from]));
      const found = { now, since: from, rows: new Map(rows.map((r) => [r.token_hash, r])) };
      for (const w of waiters) w.resolve(found);
    } catch (error) {
      for (const w of waiters) w.reject(error);
    }
  };
  const batched = (tokenHash: string) => new Promise<TokenLookup>((resolve, reject) => {
    if (!pending) {
      pending = new Set();
      setImmediate(() => void lookUp());
    }
    pending.add(tokenHash);
    waiting.push({ resolve, reject });
  });
  tokenBatches.set(db, batched);
  return batched;
}

/** The principal of an API token (a `Bearer` header), or null when it is unknown or revoked. One query. */
export async function authenticateApiToken(app: AppContext, token: string, options: AuthenticateOptions = {}): Promise<Authenticated | null> {
  const tokenHash = sha256Hex(token);
  if (options.forCheck && app.store.db.dialect === 'postgres') {
    const found = await tokensForChecks(app, options.forCheck.since)(tokenHash);
    const row = found.rows.get(tokenHash);
    const principal = principalOf(row, 'token', {});
    return row && principal ? { principal, basis: checkBasisOf(row, found.now, found.since) } : null;
  }
  const now = app.clock.now();
  const since = options.forCheck?.since(now);
  const [row] = since === undefined
    ? (await apiTokenQuery.run(app.store.db.kysely, { tokenHash })).rows
    : (await apiTokenForCheckQuery.run(app.store.db.kysely, { tokenHash, since })).rows;
  const principal = principalOf(row, 'token', {});
  if (!row || !principal) return null;
  return { principal, basis: since === undefined ? undefined : checkBasisOf(row as typeof row & OrganizationRow & { newest_check_at: string | null }, now, since) };
}
