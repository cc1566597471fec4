import {
  acknowledgePolicy, completeTask, recordPolicyReview, recordTraining,
  type FollowUpTask, type PolicyAcknowledgement, type PolicyReview, type TrainingRecord,
} from '../../domain/index.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import type { SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { workflowDeps } from './deps.js';
import { allRecords, insertOutcome, isUniqueViolation, load, updateOutcome } from './persist.js';
import { acknowledgementSpec, reviewSpec, taskSpec, trainingSpec } from './record-specs.js';

/** The caller signs the current version of the pack (a unique index holds "once" under races too). */
export async function acknowledge(app: AppContext, p: Principal, input: unknown, seal?: SealReply<PolicyAcknowledgement>): Promise<PolicyAcknowledgement> {
  try {
    return await app.store.transaction(async (tx) => {
      const existing = await allRecords(tx, app.keyring, acknowledgementSpec, p.orgId, { subjectId: p.personId });
      return insertOutcome(tx, app.keyring, acknowledgementSpec, acknowledgePolicy({ input, existing, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal);
    });
  } catch (error) {
    // Two signatures racing: the unique index lets one in; the other learns it is already signed.
    if (isUniqueViolation(error)) throw new AppError('conflict', 'You already signed this version.', { reason: 'already_signed' });
    throw error;
  }
}

/** A manager records training someone completed. */
export async function recordTrainingFor(
  app: AppContext, p: Principal, input: { personId?: unknown } & Record<string, unknown>, seal?: SealReply<TrainingRecord>,
): Promise<TrainingRecord> {
  return app.store.transaction(async (tx) => {
    const person = typeof input.personId === 'string' ? await tx.people.byId(p.orgId, input.personId) : undefined;
    const outcome = recordTraining({ input, personInOrg: person !== undefined, actor: toActor(p), deps: workflowDeps(app) });
    return insertOutcome(tx, app.keyring, trainingSpec, outcome, iso(app.clock.now()), seal);
  });
}

/** The director or board records a review of the policy. */
export async function recordReview(app: AppContext, p: Principal, input: unknown, seal?: SealReply<PolicyReview>): Promise<PolicyReview> {
  return app.store.transaction((tx) =>
    insertOutcome(tx, app.keyring, reviewSpec, recordPolicyReview({ input, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal));
}

/** Marks a follow-up task done. */
export async function completeTaskFor(app: AppContext, p: Principal, id: string, input: unknown): Promise<FollowUpTask> {
  return app.store.transaction(async (tx) => {
    const row = await tx.workflows.follow_up_tasks.byId(p.orgId, id);
    const task = await load(tx, app.keyring, taskSpec, p.orgId, id, 'task');
    return updateOutcome(tx, app.keyring, taskSpec, completeTask({ task, input, actor: toActor(p), deps: workflowDeps(app) }), row?.version ?? 1, iso(app.clock.now()));
  });
}
