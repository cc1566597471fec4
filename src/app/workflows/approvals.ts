import {
  decideApproval, expireApprovals, requestApproval, revokeApproval, toScreeningApprovals, withdrawApproval,
  type ApprovalRequest,
} from '../../domain/index.js';
import type { Approval } from '../../engine/contract/context.js';
import type { Page, PageRequest } from '../../store/pagination.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import type { SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { workflowDeps } from './deps.js';
import { allRecordsUnsealed, closeTasksFor, insertOutcome, load, updateOutcome } from './persist.js';
import { fromRow, toRow } from './record-codec.js';
import { approvalSpec } from './record-specs.js';

/** Opens an approval request routed by the organization's pack (to the requester's supervisor where it says so). */
export async function createApprovalRequest(
  app: AppContext, p: Principal, input: { checkId?: unknown } & Record<string, unknown>, seal?: SealReply<ApprovalRequest>,
): Promise<ApprovalRequest> {
  // The approval a check's result names can be asked for in one step, by naming the check.
  if (typeof input.checkId === 'string' && !(await app.store.checks.byId(p.orgId, input.checkId))) throw notFound('check', 'checkId');
  return app.store.transaction(async (tx) => {
    const me = await tx.people.byId(p.orgId, p.personId);
    const outcome = requestApproval({ input, actor: toActor(p), supervisorId: me?.supervisor_id ?? undefined, deps: workflowDeps(app) });
    return insertOutcome(tx, app.keyring, approvalSpec, outcome, iso(app.clock.now()), seal);
  });
}

/** Decides a request; a concurrent decision loses with a conflict. */
export async function decideApprovalRequest(app: AppContext, p: Principal, id: string, input: unknown): Promise<ApprovalRequest> {
  return app.store.transaction(async (tx) => {
    const request = await load(tx, app.keyring, approvalSpec, p.orgId, id, 'approval request');
    const at = iso(app.clock.now());
    const decided = await updateOutcome(tx, app.keyring, approvalSpec, decideApproval({ request, input, actor: toActor(p), deps: workflowDeps(app) }), request.version, at);
    await closeTasksFor(tx, app.keyring, p.orgId, id, 'decide-approval', p.personId, at);
    return decided;
  });
}

/** The requester withdraws a pending request. */
export async function withdrawApprovalRequest(app: AppContext, p: Principal, id: string, input: unknown): Promise<ApprovalRequest> {
  return app.store.transaction(async (tx) => {
    const request = await load(tx, app.keyring, approvalSpec, p.orgId, id, 'approval request');
    const at = iso(app.clock.now());
    const withdrawn = await updateOutcome(tx, app.keyring, approvalSpec, withdrawApproval({ request, input, actor: toActor(p), deps: workflowDeps(app) }), request.version, at);
    await closeTasksFor(tx, app.keyring, p.orgId, id, 'decide-approval', null, at);
    return withdrawn;
  });
}

/** The approver's role (or an admin) takes back an approval; the next check no longer counts it. */
export async function revokeApprovalRequest(app: AppContext, p: Principal, id: string, input: unknown): Promise<ApprovalRequest> {
  return app.store.transaction(async (tx) => {
    const request = await load(tx, app.keyring, approvalSpec, p.orgId, id, 'approval request');
    const outcome = revokeApproval({ request, input, actor: toActor(p), actorIsAdmin: p.isAdmin, deps: workflowDeps(app) });
    return updateOutcome(tx, app.keyring, approvalSpec, outcome, request.version, iso(app.clock.now()));
  });
}

/** One request; callers check who may see it. */
export async function getApprovalRequest(app: AppContext, orgId: string, id: string): Promise<ApprovalRequest> {
  return load(app.store, app.keyring, approvalSpec, orgId, id, 'approval request');
}

/** A page of the organization's requests, newest first. */
export async function listApprovalRequests(
  app: AppContext, orgId: string, page: PageRequest, filter: { status?: string; requesterId?: string; kind?: string } = {},
): Promise<Page<ApprovalRequest>> {
  const rows = await app.store.workflows.approval_requests.list(orgId, page, { status: filter.status, subjectId: filter.requesterId, kind: filter.kind });
  return { items: rows.items.map((r) => fromRow(app.keyring, approvalSpec, r)), nextCursor: rows.nextCursor };
}

/**
 * Expires the organization's pending requests past their window. Each row is re-checked by
 * version, so two instances running this at once expire each request once.
 */
export async function expireDueApprovals(app: AppContext, orgId: string): Promise<number> {
  const now = app.clock.now();
  const due = await app.store.workflows.approval_requests.all(orgId, { status: 'pending', dueBefore: iso(now) });
  let expired = 0;
  for (const row of due) {
    await app.store.transaction(async (tx) => {
      const { records, events } = expireApprovals([fromRow(app.keyring, approvalSpec, row)], now);
      const record = records[0];
      if (!record) return;
      if (!(await tx.workflows.approval_requests.updateVersioned(toRow(app.keyring, approvalSpec, record, iso(now)), row.version))) return;
      await tx.audit.recordAll(events);
      await closeTasksFor(tx, app.keyring, orgId, record.id, 'decide-approval', null, iso(now));
      expired += 1;
    });
  }
  return expired;
}

/** The approvals in force, for the screening context of a check. */
export async function screeningApprovals(app: AppContext, orgId: string): Promise<Approval[]> {
  return toScreeningApprovals(await allRecordsUnsealed(app.store, approvalSpec, orgId, { status: 'approved' }), app.clock.now());
}
