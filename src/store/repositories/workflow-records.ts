import type { Kysely, Selectable } from 'kysely';
import { paginate, type Page, type PageRequest } from '../pagination.js';
import type { Database } from '../schema.js';
import { WORKFLOW_TABLES, type WorkflowRecordTable, type WorkflowTableName } from '../workflow-schema.js';

export type WorkflowRow = Selectable<WorkflowRecordTable>;

/** Filters of a list; each narrows it. */
export interface WorkflowFilter {
  readonly kind?: string | undefined;
  readonly status?: string | readonly string[] | undefined;
  readonly subjectId?: string | undefined;
  readonly refId?: string | undefined;
  /** Only rows due at or before this instant. */
  readonly dueBefore?: string | undefined;
}

/**
 * One workflow table. Every read and write is scoped by organization, and every update names
 * the version it read: `updateVersioned` returns false when someone changed the row meanwhile,
 * which the service reports as a conflict (two approvers at once: one wins).
 */
export function workflowTable(db: Kysely<Database>, name: WorkflowTableName) {
  // All workflow tables share one shape; naming one of them lets Kysely check the columns.
  const table = name as 'approval_requests';
  const scoped = (orgId: string, filter: WorkflowFilter = {}) => {
    let q = db.selectFrom(table).selectAll().where('org_id', '=', orgId);
    if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
    if (typeof filter.status === 'string') q = q.where('status', '=', filter.status);
    else if (filter.status !== undefined && filter.status.length > 0) q = q.where('status', 'in', [...filter.status]);
    if (filter.subjectId !== undefined) q = q.where('subject_id', '=', filter.subjectId);
    if (filter.refId !== undefined) q = q.where('ref_id', '=', filter.refId);
    if (filter.dueBefore !== undefined) q = q.where('due_at', '<=', filter.dueBefore);
    return q;
  };
  return {
    async insert(row: WorkflowRow): Promise<void> {
      await db.insertInto(table).values(row).execute();
    },
    byId(orgId: string, id: string): Promise<WorkflowRow | undefined> {
      return db.selectFrom(table).selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    },
    list(orgId: string, page: PageRequest, filter: WorkflowFilter = {}, order: 'asc' | 'desc' = 'desc'): Promise<Page<WorkflowRow>> {
      return paginate(scoped(orgId, filter), page, order);
    },
    /** Every matching row, for building a screening context or reminders (bounded by the caller's filter). */
    all(orgId: string, filter: WorkflowFilter = {}): Promise<WorkflowRow[]> {
      return scoped(orgId, filter).orderBy('created_at').orderBy('id').execute();
    },
    /** Rows with no sealed personal fields, in id order from `afterId` (to seal fields that were clear once). */
    unsealed(orgId: string, afterId: string, limit: number): Promise<WorkflowRow[]> {
      return db.selectFrom(table).selectAll().where('org_id', '=', orgId).where('id', '>', afterId)
        .where('personal', 'is', null).orderBy('id').limit(limit).execute();
    },
    /** Replaces a row if it still has `expectedVersion`; false when another writer got there first. */
    async updateVersioned(row: WorkflowRow, expectedVersion: number): Promise<boolean> {
      const { id, org_id: orgId, ...rest } = row;
      const result = await db.updateTable(table).set(rest)
        .where('org_id', '=', orgId).where('id', '=', id).where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type WorkflowTableRepository = ReturnType<typeof workflowTable>;

/** A repository per workflow table, keyed by table name. */
export function workflowRepositories(db: Kysely<Database>): Record<WorkflowTableName, WorkflowTableRepository> {
  return Object.fromEntries(WORKFLOW_TABLES.map((t) => [t, workflowTable(db, t)])) as Record<WorkflowTableName, WorkflowTableRepository>;
}
