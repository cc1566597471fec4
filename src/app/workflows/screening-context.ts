import type { Context } from '../../engine/contract/context.js';
import type { AppContext } from '../context.js';
import { screeningAccounts } from './accounts.js';
import { screeningApprovals } from './approvals.js';
import { screeningConsents } from './consents.js';

/** The parts of the screening context the workflows keep: what a check needs beside the roster. */
export type WorkflowContext = Required<Pick<Context, 'consents' | 'approvals' | 'accounts' | 'grants' | 'courtAuthorizations'>>;

/**
 * Builds the workflow part of an organization's screening context from the store, so that
 * approvals granted, consents signed or revoked and grants given feed every check at once.
 */
export async function workflowScreeningContext(app: AppContext, orgId: string): Promise<WorkflowContext> {
  const [{ consents, courtAuthorizations }, approvals, { accounts, grants }] = await Promise.all([
    screeningConsents(app, orgId), screeningApprovals(app, orgId), screeningAccounts(app, orgId),
  ]);
  return { consents, approvals, accounts, grants, courtAuthorizations };
}
