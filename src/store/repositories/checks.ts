import { CompiledQuery, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { ChainHead } from '../../audit/writer.js';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import { nameServerStatement, preparedQuery } from '../prepared.js';
import type { AuditLogTable, CheckTable, Database } from '../schema.js';

export type CheckRow = Selectable<CheckTable>;

interface RecentQuery { orgId: string; personId: string; since: string; limit: number }

// Run on every check or every batch of checks: built once (see prepared.ts).
const insertManyQuery = preparedQuery((db, a: { rows: readonly Insertable<CheckTable>[] }) => db.insertInto('checks').values([...a.rows]));
const recentOfPersonQuery = preparedQuery((db, a: RecentQuery) => db.selectFrom('checks').select(['id', 'activity', 'created_at'])
  .where('org_id', '=', a.orgId).where('person_id', '=', a.personId).where('created_at', '>=', a.since)
  .orderBy('created_at', 'desc').limit(a.limit));

const CHECK_COLUMNS = ['id', 'org_id', 'person_id', 'verdict', 'activity', 'result', 'created_at'] as const;
const AUDIT_COLUMNS = ['org_id', 'seq', 'id', 'kind', 'actor_id', 'subject_id', 'data', 'at', 'prev_hash', 'hash'] as const;

/** The SQL of `insertChained` for so many checks and audit entries (PostgreSQL), named for the server once per shape. */
const chainedSql = new Map<string, string>();
function chainedSqlFor(checks: number, entries: number): string {
  const shape = `${checks} ${entries}`;
  const hit = chainedSql.get(shape);
  if (hit) return hit;
  let n = 5;
  const tuples = (rows: number, columns: readonly string[]) => Array.from({ length: rows }, () =>
    `(${columns.map((c) => (c === 'seq' ? `$${(n += 1)}::integer` : `$${(n += 1)}`)).join(', ')})`).join(', ');
  const insert = (table: string, rows: number, columns: readonly string[]) =>
    `insert into ${table} (${columns.join(', ')}) select * from (values ${tuples(rows, columns)}) as v (${columns.join(', ')}) where exists (select 1 from h)`;
  // Every insert reads `h`: none runs before the head is updated, and none stores a row unless it was.
  const sql = 'with h as (update audit_heads set seq = $1::integer, hash = $2 where org_id = $3 and seq = $4::integer and hash = $5 returning org_id), ' +
    `c as (${insert('checks', checks, CHECK_COLUMNS)}), a as (${insert('audit_log', entries, AUDIT_COLUMNS)}) select count(*)::integer as stored from h`;
  nameServerStatement(sql);
  chainedSql.set(shape, sql);
  return sql;
}

/** Screening checks: the activity as submitted and the engine's result. */
export function checksRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CheckTable>): Promise<void> {
      await db.insertInto('checks').values(row).execute();
    },
    async insertMany(rows: readonly Insertable<CheckTable>[]): Promise<void> {
      if (rows.length) await insertManyQuery.run(db, { rows });
    },
    /**
     * PostgreSQL only: stores checks of one organization and the entries that append them to
     * its audit chain, in one statement (atomic on its own: no transaction around it), if and
     * only if the chain's head is still `from` (it becomes `to`). Returns false, having
     * stored nothing, when the head has moved on (another writer appended meanwhile): the
     * head's row lock orders concurrent writers as `audit.recordMany` does, and a writer that
     * waited for it sees the moved head and stores nothing.
     */
    async insertChained(orgId: string, from: ChainHead, to: ChainHead, checks: readonly Insertable<CheckTable>[], entries: readonly Insertable<AuditLogTable>[]): Promise<boolean> {
      const parameters: unknown[] = [to.seq, to.hash, orgId, from.seq, from.hash];
      for (const row of checks) for (const c of CHECK_COLUMNS) parameters.push(row[c] ?? null);
      for (const row of entries) for (const c of AUDIT_COLUMNS) parameters.push(row[c] ?? null);
      const { rows } = await db.executeQuery<{ stored: number }>(CompiledQuery.raw(chainedSqlFor(checks.length, entries.length), parameters));
      return rows[0]?.stored === 1;
    },
    byId(orgId: string, id: string): Promise<CheckRow | undefined> {
      return db.selectFrom('checks').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    /** A person's latest checks since a time, newest first (for repetition detection). */
    async recentOfPerson(orgId: string, personId: string, since: string, limit: number): Promise<Pick<CheckRow, 'id' | 'activity' | 'created_at'>[]> {
      return (await recentOfPersonQuery.run(db, { orgId, personId, since, limit })).rows;
    },
    /** Checks whose activity is still clear JSON (stored before it was encrypted), in id order from `afterId`. */
    clearActivities(orgId: string, afterId: string, limit: number): Promise<Pick<CheckRow, 'id' | 'activity'>[]> {
      return db.selectFrom('checks').select(['id', 'activity']).where('org_id', '=', orgId).where('id', '>', afterId)
        .where('activity', 'like', '{%').orderBy('id').limit(limit).execute();
    },
    /** Replaces a check's clear activity by its ciphertext (unless it changed meanwhile). */
    async sealActivity(orgId: string, id: string, clear: string, sealed: string): Promise<void> {
      await db.updateTable('checks').set({ activity: sealed }).where('org_id', '=', orgId).where('id', '=', id).where('activity', '=', clear).execute();
    },
    /** Newest first; `personId` narrows to one person's checks. */
    list(orgId: string, page: PageRequest, filter: { personId?: string | undefined } = {}): Promise<Page<CheckRow>> {
      let q = db.selectFrom('checks').selectAll().where('org_id', '=', orgId);
      if (filter.personId) q = q.where('person_id', '=', filter.personId);
      return paginate(q, page, 'desc');
    },
  };
}
export type ChecksRepository = ReturnType<typeof checksRepository>;
