import { auditEvent } from '../audit-events.js';
import { practiceFor } from '../pack-practice.js';
import { isManager, type Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { grantStatus } from './grant-status.js';
import type { AccessGrant } from './official-account.js';
import { revokeAccountAccessInputSchema } from './revoke-account-access.types.js';

export interface RevokeAccountAccessCommand {
  readonly grant: AccessGrant;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Ends a grant early: the approving role or any manager may, e.g. when the need has passed. */
export function revokeAccountAccess(cmd: RevokeAccountAccessCommand): Outcome<AccessGrant> {
  const { grant, actor } = cmd;
  if (grant.orgId !== actor.org.id) return failure(domainError('not_found', 'No such grant.'));
  if (actor.role !== practiceFor(actor.org.packId).accountAccess.role && !isManager(actor.role)) {
    return failure(domainError('forbidden', 'Only a manager revokes access.', { reason: 'wrong_role' }));
  }
  const now = cmd.deps.now();
  const status = grantStatus(grant, now);
  if (status === 'revoked') return failure(domainError('conflict', 'The grant was already revoked.', { reason: 'already_revoked' }));
  if (status === 'expired') return failure(domainError('invalid_state', 'The grant has already expired.', { reason: 'expired' }));
  const parsed = parseInput(revokeAccountAccessInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const at = iso(now);
  const revoked: AccessGrant = { ...grant, revocation: { at, by: actor.id, reason: parsed.value.reason }, version: grant.version + 1 };
  const event = auditEvent('account.access-revoked', { orgId: grant.orgId, actorId: actor.id, at, subjectId: grant.id }, {
    accountId: grant.accountId, personId: grant.personId, reason: parsed.value.reason,
  });
  return success(revoked, [event]);
}
