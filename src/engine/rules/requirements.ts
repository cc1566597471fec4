import type { Activity } from '../contract/activity.js';
import type { Role, Severity } from '../contract/enums.js';
import type { CompiledContext } from '../context/compile.js';
import { hasStarted, notExpired, utcOffsetOf } from '../context/time.js';
import type { Requirement } from '../pack/schema.js';

export interface RequirementOutcome {
  /** `undefined` when every requirement is on file: the finding is lifted. */
  readonly severity: Severity | undefined;
  readonly approver: Role | null;
}

interface Subjects {
  /** Roster ids the finding is about; empty when the evidence names nobody (which no consent can cover). */
  readonly ids: readonly string[];
}

function consentOnFile(req: Extract<Requirement, { consent: unknown }>['consent'], subject: string, ctx: CompiledContext, now: number | undefined): boolean {
  return (ctx.consentsBySubject.get(subject) ?? []).some((c) =>
    req.scopes.includes(c.scope)
    && c.revoked !== true
    && (req.written !== true || c.written === true)
    && (req.informedOfRisks !== true || c.informedOfRisks === true)
    && (req.signedBy === undefined || (c.signedBy !== undefined && req.signedBy.includes(c.signedBy)))
    && notExpired(c.validUntil, now));
}

function approvalOnFile(req: Extract<Requirement, { approval: unknown }>['approval'], subjects: Subjects, activity: Activity, ctx: CompiledContext, now: number | undefined): boolean {
  const authorId = activity.author?.id;
  const valid = ctx.approvals.filter((a) => a.kind === req.kind && req.roles.includes(a.grantedByRole) && a.revoked !== true && notExpired(a.validUntil, now));
  const forAuthor = (a: (typeof valid)[number]): boolean => authorId !== undefined && (a.subject === authorId || a.personId === authorId);
  const forSubject = (id: string) => (a: (typeof valid)[number]): boolean => a.subject === id;
  if (req.about === 'author') return valid.some(forAuthor);
  if (req.about === 'subject') return subjects.ids.length > 0 && subjects.ids.every((id) => valid.some(forSubject(id)));
  if (subjects.ids.length > 0 && subjects.ids.every((id) => valid.some(forSubject(id)))) return true;
  return valid.some((a) => forAuthor(a) || (a.subject === undefined && a.personId === undefined));
}

function grantOnFile(roles: readonly Role[] | undefined, activity: Activity, ctx: CompiledContext, now: number | undefined): boolean {
  const authorId = activity.author?.id;
  return ctx.grants.some((g) =>
    g.accountId === activity.accountId && authorId !== undefined && g.personId === authorId
    && (roles === undefined || (g.approvedByRole !== undefined && roles.includes(g.approvedByRole)))
    && hasStarted(g.from, now, utcOffsetOf(activity.at ?? ctx.source.now)) && notExpired(g.until, now));
}

/**
 * Looks up, in order, what the pack requires to lift a finding. The first one missing decides:
 * a missing consent or court authorization leaves the rule's severity; a missing approval or
 * access grant makes it `needs_approval`, naming who can give it.
 */
export function checkRequirements(
  requirements: readonly Requirement[],
  ruleSeverity: Severity,
  ruleApprover: Role | null,
  subjects: Subjects,
  activity: Activity,
  ctx: CompiledContext,
  now: number | undefined,
): RequirementOutcome {
  for (const req of requirements) {
    if ('consent' in req) {
      if (subjects.ids.length === 0 || !subjects.ids.every((id) => consentOnFile(req.consent, id, ctx, now))) {
        return { severity: ruleSeverity, approver: ruleApprover };
      }
    } else if ('courtAuthorization' in req) {
      const scope = req.courtAuthorization.scope;
      const covered = subjects.ids.length > 0 && subjects.ids.every((id) => ctx.courtAuthorizations.some((a) =>
        a.subject === id && (scope === undefined || a.scope === undefined || a.scope === scope) && notExpired(a.validUntil, now)));
      if (!covered) return { severity: ruleSeverity, approver: ruleApprover };
    } else if ('approval' in req) {
      if (!approvalOnFile(req.approval, subjects, activity, ctx, now)) {
        return { severity: 'needs_approval', approver: req.approval.roles[0] ?? ruleApprover };
      }
    } else if (!grantOnFile(req.accountGrant.roles, activity, ctx, now)) {
      return { severity: 'needs_approval', approver: req.accountGrant.roles?.[0] ?? ruleApprover };
    }
  }
  return { severity: undefined, approver: null };
}
