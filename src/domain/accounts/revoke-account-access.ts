import { auditEvent } from '../audit-events.js';
import { practiceOf } from '../pack-practice.js';
import { isManager, type Actor } from '../shared/actor.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
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
  const now = cmd.deps.now();
  return changeRecord({
    noun: 'grant', record: grant, actor, schema: revokeAccountAccessInputSchema, input: cmd.input,
    mayAct: () => (actor.role === practiceOf(actor.org).accountAccess.role || isManager(actor.role) ? null
      : domainError('forbidden', 'Only a manager revokes access.', { reason: 'wrong_role' })),
    allowed: () => {
      const status = grantStatus(grant, now);
      if (status === 'revoked') return domainError('conflict', 'The grant was already revoked.', { reason: 'already_revoked' });
      if (status === 'expired') return domainError('invalid_state', 'The grant has already expired.', { reason: 'expired' });
      return null;
    },
    apply: (input) => {
      const at = iso(now);
      const revoked: AccessGrant = { ...grant, revocation: { at, by: actor.id, reason: input.reason }, version: grant.version + 1 };
      const event = auditEvent('account.access-revoked', { orgId: grant.orgId, actorId: actor.id, at, subjectId: grant.id }, {
        accountId: grant.accountId, personId: grant.personId, reason: input.reason,
      });
      return success(revoked, [event]);
    },
  });
}
