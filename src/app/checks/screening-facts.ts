import type { Context } from '../../engine/contract/context.js';
import type { AppContext } from '../context.js';
import { workflowScreeningContext } from '../workflows/screening-context.js';

/** What the workflows know about one organization that the engine's context needs. */
export type ScreeningFacts = Pick<Context, 'consents' | 'approvals' | 'accounts' | 'grants' | 'courtAuthorizations'>;

/**
 * The workflows' facts of an organization: consents, approvals, accounts, grants and court
 * authorizations. Cached by the caller per `organizations.facts_version`, which the audit writer
 * bumps with every workflow event; the engine itself checks validity dates against `now`.
 */
export const workflowFacts = (app: AppContext, orgId: string): Promise<ScreeningFacts> => workflowScreeningContext(app, orgId);
