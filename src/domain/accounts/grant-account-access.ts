import type { Role } from '../../engine/contract/enums.js';
import { auditEvent } from '../audit-events.js';
import { applyApproverRule } from '../approvals/route-approval.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor, OrgRef } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { grantAccountAccessInputSchema, type GrantAccountAccessInput } from './grant-account-access.types.js';
import { grantStatus } from './grant-status.js';
import type { AccessGrant, OfficialAccount } from './official-account.js';

/** The person who is to get access. */
export interface Grantee {
  readonly id: string;
  readonly role: Role;
  readonly supervisorId?: string;
}

export interface GrantAccountAccessCommand {
  readonly account: OfficialAccount;
  readonly grantee: Grantee;
  readonly input: unknown;
  /** The grantee's grants on this account, to refuse overlapping periods. */
  readonly existingGrants: readonly AccessGrant[];
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

const DAY_MS = 86_400_000;

/**
 * Grants access to an official account for a period; the approver is the actor, who must hold the
 * role the pack names (valoris §2: the immediate supervisor). The grant lapses by itself at `until`.
 */
export function grantAccountAccess(cmd: GrantAccountAccessCommand): Outcome<AccessGrant> {
  const { account, grantee, actor } = cmd;
  if (account.orgId !== actor.org.id) return failure(domainError('not_found', 'No such account.'));
  if (account.status !== 'active') return failure(domainError('invalid_state', 'The account is retired.', { reason: 'retired' }));
  const parsed = parseInput(grantAccountAccessInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const now = cmd.deps.now();
  const refused = checkApprover(actor, grantee)
    ?? checkEligible(account, grantee) ?? checkPeriod(input, actor.org, now)
    ?? checkOverlap(cmd.existingGrants, account, grantee, input, now);
  if (refused) return failure(refused);
  const at = iso(now);
  const grant: AccessGrant = {
    id: cmd.deps.newId(), orgId: account.orgId, accountId: account.id, personId: grantee.id,
    from: new Date(input.from).toISOString(), until: new Date(input.until).toISOString(), purpose: input.purpose,
    approvedBy: actor.id, approvedByRole: actor.role, approvedAt: at, version: 1,
  };
  const event = auditEvent('account.access-granted', { orgId: account.orgId, actorId: actor.id, at, subjectId: grant.id }, {
    accountId: account.id, personId: grantee.id, from: grant.from, until: grant.until, approvedByRole: actor.role,
  });
  return success(grant, [event]);
}

function checkApprover(actor: Actor, grantee: Grantee): DomainError | null {
  const rule = practiceOf(actor.org).accountAccess;
  const route = applyApproverRule(rule, grantee.role, grantee.supervisorId);
  if (actor.id === grantee.id) return domainError('forbidden', 'Nobody grants access to themselves.', { reason: 'self_approval' });
  if (actor.role !== route.role || (route.approverId !== undefined && route.approverId !== actor.id)) {
    const who = route.approverId === undefined ? `the ${route.role}` : 'the person\'s immediate supervisor';
    return domainError('forbidden', `Only ${who} grants access: "${rule.clause.text}"`, { reason: 'wrong_role' });
  }
  return null;
}

function checkEligible(account: OfficialAccount, grantee: Grantee): DomainError | null {
  if (account.usableByRoles.length === 0 || account.usableByRoles.includes(grantee.role)) return null;
  return domainError('invalid_state', `This account is for ${account.usableByRoles.join(', ')} only.`, { reason: 'not_eligible' });
}

function checkPeriod(input: GrantAccountAccessInput, org: OrgRef, now: Date): DomainError | null {
  const from = new Date(input.from).getTime();
  const until = new Date(input.until).getTime();
  if (until <= from) return domainError('validation', 'until must come after from.', { field: 'until' });
  if (until <= now.getTime()) return domainError('validation', 'until is in the past.', { field: 'until' });
  const maxDays = practiceOf(org).accountAccess.maxDays;
  if (maxDays !== undefined && until - from > maxDays * DAY_MS) {
    return domainError('validation', `Access is temporary: at most ${maxDays} days.`, { field: 'until', reason: 'period_too_long' });
  }
  return null;
}

function checkOverlap(grants: readonly AccessGrant[], account: OfficialAccount, grantee: Grantee, input: GrantAccountAccessInput, now: Date): DomainError | null {
  const from = new Date(input.from).getTime();
  const until = new Date(input.until).getTime();
  const overlapping = grants.some((g) => g.accountId === account.id && g.personId === grantee.id
    && ['active', 'scheduled'].includes(grantStatus(g, now))
    && new Date(g.from).getTime() < until && from < new Date(g.until).getTime());
  return overlapping ? domainError('conflict', 'The person already has access for part of that period.', { reason: 'overlapping_grant' }) : null;
}
