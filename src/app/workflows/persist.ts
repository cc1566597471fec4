import type { DomainEvent, FollowUpTask, Outcome } from '../../domain/index.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { PageRequest } from '../../store/pagination.js';
import type { WorkflowFilter } from '../../store/repositories/workflow-records.js';
import type { UnitOfWork } from '../../store/store.js';
import { AppError, fromDomainError } from '../errors.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { fromRow, toRow, type RecordSpec } from './record-codec.js';
import { taskSpec } from './record-specs.js';
import { sealEventText } from './sealed-events.js';

type WithIds = { id: string; orgId: string };

/** A workflow's success, or its refusal thrown as an `AppError` (mapped to problem+json at the edge). */
export function unwrap<R>(outcome: Outcome<R>): { record: R; events: readonly DomainEvent[]; tasks: readonly FollowUpTask[] } {
  if (!outcome.ok) throw fromDomainError(outcome.error);
  return outcome;
}

/** Loads one record of the organization, or throws `not_found`. */
export async function load<R extends WithIds>(tx: Pick<UnitOfWork, 'workflows'>, keyring: Keyring, spec: RecordSpec<R>, orgId: string, id: string, what: string): Promise<R> {
  const row = await tx.workflows[spec.table].byId(orgId, id);
  if (!row) throw new AppError('not_found', `${what} not found`);
  return fromRow(keyring, spec, row);
}

/** Writes the tasks a workflow opened and its audit events (their free text sealed), in the caller's transaction. */
export async function writeSideEffects(tx: UnitOfWork, keyring: Keyring, events: readonly DomainEvent[], tasks: readonly FollowUpTask[], at: string): Promise<void> {
  for (const task of tasks) await tx.workflows.follow_up_tasks.insert(toRow(keyring, taskSpec, task, at));
  await tx.audit.recordAll(events.map((e) => sealEventText(keyring, e)));
}

/** Inserts a new record with its events and tasks, and the reply of its `Idempotency-Key` if any. */
export async function insertOutcome<R extends WithIds>(
  tx: UnitOfWork, keyring: Keyring, spec: RecordSpec<R>, outcome: Outcome<R>, at: string, seal: SealReply<R> = noReply,
): Promise<R> {
  const { record, events, tasks } = unwrap(outcome);
  await tx.workflows[spec.table].insert(toRow(keyring, spec, record, at));
  await writeSideEffects(tx, keyring, events, tasks, at);
  await seal(tx, record);
  return record;
}

/**
 * Saves a changed record only if nobody changed it since it was read (`version`); otherwise
 * the change is refused as a conflict: of two approvers deciding at once, one wins.
 */
export async function updateOutcome<R extends WithIds>(
  tx: UnitOfWork, keyring: Keyring, spec: RecordSpec<R>, outcome: Outcome<R>, readVersion: number, at: string,
): Promise<R> {
  const { record, events, tasks } = unwrap(outcome);
  const saved = await tx.workflows[spec.table].updateVersioned(toRow(keyring, spec, record, at), readVersion);
  if (!saved) throw new AppError('conflict', 'Someone else changed this record at the same time; reload it.', { reason: 'concurrent_update' });
  await writeSideEffects(tx, keyring, events, tasks, at);
  return record;
}

/** Closes the open tasks of one kind about a record (e.g. `decide-approval` once it is decided). */
export async function closeTasksFor(tx: UnitOfWork, keyring: Keyring, orgId: string, refId: string, kind: FollowUpTask['kind'], by: string | null, at: string): Promise<void> {
  const rows = await tx.workflows.follow_up_tasks.all(orgId, { refId, kind, status: 'open' });
  for (const row of rows) {
    const task = fromRow(keyring, taskSpec, row);
    const done: FollowUpTask = { ...task, status: 'done', completedAt: at, completedBy: by ?? undefined };
    await tx.workflows.follow_up_tasks.updateVersioned(toRow(keyring, taskSpec, done, at), row.version);
  }
}

/** A page of one workflow table, decrypted. */
export async function listRecords<R extends WithIds>(
  store: Pick<UnitOfWork, 'workflows'>, keyring: Keyring, spec: RecordSpec<R>, orgId: string, page: PageRequest, filter: WorkflowFilter = {},
): Promise<{ items: R[]; nextCursor: string | null }> {
  const rows = await store.workflows[spec.table].list(orgId, page, filter);
  return { items: rows.items.map((r) => fromRow(keyring, spec, r)), nextCursor: rows.nextCursor };
}

/** Every matching record of one workflow table, decrypted (for contexts, reminders and checks). */
export async function allRecords<R extends WithIds>(
  store: Pick<UnitOfWork, 'workflows'>, keyring: Keyring, spec: RecordSpec<R>, orgId: string, filter: WorkflowFilter = {},
): Promise<R[]> {
  return (await store.workflows[spec.table].all(orgId, filter)).map((r) => fromRow(keyring, spec, r));
}

/** Whether a database error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Matching records WITHOUT their personal fields, which stay sealed: for the screening context
 * of every check, where decrypting signers' names would cost time and serve nothing. Only for
 * mappings that never read a field in `spec.personal` (the `toScreening…` functions).
 */
export async function allRecordsUnsealed<R extends WithIds>(
  store: Pick<UnitOfWork, 'workflows'>, spec: RecordSpec<R>, orgId: string, filter: WorkflowFilter = {},
): Promise<R[]> {
  return (await store.workflows[spec.table].all(orgId, filter)).map((r) => JSON.parse(r.data) as R);
}
