import {
  grantAccountAccess, recordUnauthorizedAccount, registerOfficialAccount, reviewUnauthorizedAccount, revokeAccountAccess,
  toScreeningAccount, toScreeningGrant, type AccessGrant, type OfficialAccount, type UnauthorizedAccount,
} from '../../domain/index.js';
import type { Account, Grant } from '../../engine/contract/context.js';
import type { Role } from '../../engine/contract/enums.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import type { SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { workflowDeps } from './deps.js';
import { allRecords, allRecordsUnsealed, insertOutcome, load, updateOutcome } from './persist.js';
import { accountSpec, grantSpec, unauthorizedAccountSpec } from './record-specs.js';

/** Adds an account to the registry (the pack's registrar roles only). */
export async function registerAccount(app: AppContext, p: Principal, input: unknown, seal?: SealReply<OfficialAccount>): Promise<OfficialAccount> {
  return app.store.transaction(async (tx) => {
    const existing = await allRecords(tx, app.keyring, accountSpec, p.orgId, { status: 'active' });
    return insertOutcome(tx, app.keyring, accountSpec, registerOfficialAccount({ input, existing, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal);
  });
}

/** Grants a person of the organization access to an account for a period; the caller is the approver. */
export async function grantAccess(
  app: AppContext, p: Principal, accountId: string, input: { personId: string } & Record<string, unknown>, seal?: SealReply<AccessGrant>,
): Promise<AccessGrant> {
  const { personId, ...period } = input;
  return app.store.transaction(async (tx) => {
    const account = await load(tx, app.keyring, accountSpec, p.orgId, accountId, 'account');
    const person = await tx.people.byId(p.orgId, personId);
    if (!person || person.archived_at) throw notFound('person', 'personId');
    const grantee = { id: person.id, role: person.role as Role, supervisorId: person.supervisor_id ?? undefined };
    const existingGrants = await allRecords(tx, app.keyring, grantSpec, p.orgId, { refId: accountId, subjectId: personId });
    const outcome = grantAccountAccess({ account, grantee, input: period, existingGrants, actor: toActor(p), deps: workflowDeps(app) });
    return insertOutcome(tx, app.keyring, grantSpec, outcome, iso(app.clock.now()), seal);
  });
}

/** Ends a grant before its period is over. */
export async function revokeAccess(app: AppContext, p: Principal, grantId: string, input: unknown): Promise<AccessGrant> {
  return app.store.transaction(async (tx) => {
    const grant = await load(tx, app.keyring, grantSpec, p.orgId, grantId, 'grant');
    return updateOutcome(tx, app.keyring, grantSpec, revokeAccountAccess({ grant, input, actor: toActor(p), deps: workflowDeps(app) }), grant.version, iso(app.clock.now()));
  });
}

/** Records an account found without authorization, with its review task. */
export async function reportUnauthorizedAccount(app: AppContext, p: Principal, input: unknown, seal?: SealReply<UnauthorizedAccount>): Promise<UnauthorizedAccount> {
  return app.store.transaction((tx) =>
    insertOutcome(tx, app.keyring, unauthorizedAccountSpec, recordUnauthorizedAccount({ input, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal));
}

/** Closes the review of an unauthorized account. */
export async function reviewUnauthorized(app: AppContext, p: Principal, id: string, input: unknown): Promise<UnauthorizedAccount> {
  return app.store.transaction(async (tx) => {
    const finding = await load(tx, app.keyring, unauthorizedAccountSpec, p.orgId, id, 'unauthorized account');
    return updateOutcome(tx, app.keyring, unauthorizedAccountSpec, reviewUnauthorizedAccount({ finding, input, actor: toActor(p), deps: workflowDeps(app) }), finding.version, iso(app.clock.now()));
  });
}

/** Registered accounts and unrevoked grants, for the screening context of a check. */
export async function screeningAccounts(app: AppContext, orgId: string): Promise<{ accounts: Account[]; grants: Grant[] }> {
  const accounts = await allRecordsUnsealed(app.store, accountSpec, orgId);
  const grants = await allRecordsUnsealed(app.store, grantSpec, orgId, { status: 'granted' });
  return { accounts: accounts.map(toScreeningAccount), grants: grants.flatMap((g) => toScreeningGrant(g) ?? []) };
}
