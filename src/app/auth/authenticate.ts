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
import type { ORGANIZATION_COLUMNS, OrganizationRow } from '../../store/repositories/organizations.js';
import { RATE_LIMIT_ON_CONFLICT } from '../../store/repositories/rate-limits.js';

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
  // Every column of the organization, named (a literal: this runs on every check).
  const org: Record<(typeof ORGANIZATION_COLUMNS)[number], unknown> = {
    id: row.id, slug: row.slug, name: row.name, pack_id: row.pack_id, pack_version: row.pack_version, practice_pack_id: row.practice_pack_id,
    aliases: row.aliases, email_domains: row.email_domains, roster_version: row.roster_version, facts_version: row.facts_version,
    created_at: row.created_at, updated_at: row.updated_at,
  };
  return { now, since, org: org as OrganizationRow, newestCheckAt: row.newest_check_at };
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
  /** The hit counted with the lookup (`CountedHit`), when it was. */
  readonly hit?: HitTally | undefined;
}

/**
 * A hit on a rate limit per person, counted in the statement that looks the principal up
 * (PostgreSQL, API tokens, with `forCheck`): the counter of key `prefix` + the person's id, in
 * fixed windows of `windowMs` aligned to their length, the same row and rule
 * (`RATE_LIMIT_ON_CONFLICT`) as the rate limits' own `store.rateLimits.add`. One statement per
 * batch of checks instead of two.
 */
export interface CountedHit {
  readonly prefix: string;
  readonly windowMs: number;
}

/** A request's own place in its window's count (1 for the first hit), and the time left in the window (ms). */
export interface HitTally {
  readonly current: number;
  readonly ttl: number;
}

/** Whether to read the check's basis along with the principal (`CheckBasis`), and from when the person's posts count. */
export interface AuthenticateOptions {
  readonly forCheck?: { readonly since: (now: Date) => string; readonly countHit?: CountedHit | undefined } | undefined;
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

type TokenForCheckRow = Joined & OrganizationRow & { token_hash: string; newest_check_at: string | null; hit_window_start?: string | null; hit_count?: number | null };

/** PostgreSQL: the principals and check bases of several API tokens in one statement (see `tokensForChecks`). */
const TOKENS_FOR_CHECKS_SQL = 'select t.token_hash, p.id as person_id, p.org_id, p.role, p.is_admin, p.archived_at, o.pack_id, o.pack_version, o.practice_pack_id, ' +
  `${ORG_REST.join(', ')}, (select k.created_at from checks as k where k.org_id = p.org_id and k.person_id = p.id and k.created_at >= $2 ` +
  'order by k.created_at desc limit 1) as newest_check_at from api_tokens as t inner join people as p on p.id = t.person_id and p.org_id = t.org_id ' +
  'inner join organizations as o on o.id = p.org_id where t.token_hash = any($1::text[]) and t.revoked_at is null';
/**
 * The same, counting each request's hit on its person's rate limit (`CountedHit`): $3 the
 * requests per token, $4 the key's prefix, $5 the window's start. People in the order of their
 * keys (byte order, as the rate limits' own upsert sorts them), so concurrent upserts never
 * deadlock; archived people are not counted (they are refused).
 */
const TOKENS_FOR_CHECKS_COUNTING_SQL = `with t as (${TOKENS_FOR_CHECKS_SQL}), ` +
  'n as (select x.token_hash, x.n from unnest($1::text[], $3::integer[]) as x (token_hash, n)), ' +
  'c as (insert into rate_limits (key, window_start, hits) select $4::text || t.person_id, $5::text, sum(n.n)::integer from t inner join n on n.token_hash = t.token_hash ' +
  'where t.archived_at is null group by t.person_id order by ($4::text || t.person_id) collate "C" ' +
  `on conflict (key) do update set hits = ${RATE_LIMIT_ON_CONFLICT.hits}, window_start = ${RATE_LIMIT_ON_CONFLICT.windowStart} ` +
  'returning rate_limits.key, rate_limits.window_start, rate_limits.hits) ' +
  'select t.*, c.window_start as hit_window_start, c.hits as hit_count from t left join c on c.key = $4::text || t.person_id';
nameServerStatement(TOKENS_FOR_CHECKS_SQL);
nameServerStatement(TOKENS_FOR_CHECKS_COUNTING_SQL);

interface TokenLookup { readonly now: Date; readonly since: string; readonly row: TokenForCheckRow | undefined; readonly hit: HitTally | undefined }

/**
 * PostgreSQL: the tokens of the checks that arrive in one turn of the event loop are looked
 * up together, in one statement (one round trip instead of one each), as the check writer
 * commits them together. Each lookup still starts after its request arrived: a revoked token
 * is refused at once. With `countHit`, the same statement counts each request on its person's
 * rate limit, and each request gets its own place in the count. Per database and rate limit
 * (with the `since` of its first caller: there is one).
 */
const tokenBatches = new WeakMap<Kysely<Database>, Map<string, (tokenHash: string) => Promise<TokenLookup>>>();

/** Each request's place in its person's count: the batch's hits are the last ones counted. */
function talliesOf(rows: ReadonlyMap<string, TokenForCheckRow>, hashes: readonly string[], now: Date, windowMs: number): (HitTally | undefined)[] {
  const total = new Map<string, number>();
  for (const hash of hashes) {
    const row = rows.get(hash);
    if (row?.hit_count != null) total.set(row.person_id, (total.get(row.person_id) ?? 0) + 1);
  }
  const placed = new Map<string, number>();
  return hashes.map((hash) => {
    const row = rows.get(hash);
    if (row?.hit_count == null || !row.hit_window_start) return undefined;
    const place = placed.get(row.person_id) ?? 0;
    placed.set(row.person_id, place + 1);
    return { current: Number(row.hit_count) - (total.get(row.person_id) ?? 0) + place + 1, ttl: Math.max(0, Date.parse(row.hit_window_start) + windowMs - now.getTime()) };
  });
}

function tokensForChecks(app: AppContext, since: (now: Date) => string, countHit: CountedHit | undefined): (tokenHash: string) => Promise<TokenLookup> {
  const db = app.store.db.kysely;
  const batches = tokenBatches.get(db) ?? new Map<string, (tokenHash: string) => Promise<TokenLookup>>();
  tokenBatches.set(db, batches);
  const which = countHit ? `${countHit.windowMs} ${countHit.prefix}` : '';
  const known = batches.get(which);
  if (known) return known;
  let pending: Map<string, number> | undefined;
  let waiting: { hash: string; resolve(found: TokenLookup): void; reject(error: unknown): void }[] = [];
  const lookUp = async (): Promise<void> => {
    const counts = pending ?? new Map<string, number>();
    const waiters = waiting;
    pending = undefined;
    waiting = [];
    try {
      const now = app.clock.now();
      const from = since(now);
      const hashes = [...counts.keys()];
      const windowStart = countHit ? iso(new Date(now.getTime() - (now.getTime() % countHit.windowMs))) : '';
      const { rows } = countHit
        ? await db.executeQuery<TokenForCheckRow>(CompiledQuery.raw(TOKENS_FOR_CHECKS_COUNTING_SQL, [hashes, from, [...counts.values()], countHit.prefix, windowStart]))
        : await db.executeQuery<TokenForCheckRow>(CompiledQuery.raw(TOKENS_FOR_CHECKS_SQL, [hashes, from]));
      const byHash = new Map(rows.map((r) => [r.token_hash, r]));
      const tallies = countHit ? talliesOf(byHash, waiters.map((w) => w.hash), now, countHit.windowMs) : [];
      waiters.forEach((w, i) => w.resolve({ now, since: from, row: byHash.get(w.hash), hit: tallies[i] }));
    } catch (error) {
      for (const w of waiters) w.reject(error);
    }
  };
  const batched = (tokenHash: string) => new Promise<TokenLookup>((resolve, reject) => {
    if (!pending) {
      pending = new Map();
      setImmediate(() => void lookUp());
    }
    pending.set(tokenHash, (pending.get(tokenHash) ?? 0) + 1);
    waiting.push({ hash: tokenHash, resolve, reject });
  });
  batches.set(which, batched);
  return batched;
}

/** The principal of an API token (a `Bearer` header), or null when it is unknown or revoked. One query. */
export async function authenticateApiToken(app: AppContext, token: string, options: AuthenticateOptions = {}): Promise<Authenticated | null> {
  const tokenHash = sha256Hex(token);
  if (options.forCheck && app.store.db.dialect === 'postgres') {
    const found = await tokensForChecks(app, options.forCheck.since, options.forCheck.countHit)(tokenHash);
    const principal = principalOf(found.row, 'token', {});
    return found.row && principal ? { principal, basis: checkBasisOf(found.row, found.now, found.since), hit: found.hit } : null;
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
