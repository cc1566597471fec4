import { logClientExchange, type ClientExchange } from '../../domain/index.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import type { SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { requireRosterEntry } from './consents.js';
import { workflowDeps } from './deps.js';
import { allRecords, insertOutcome } from './persist.js';
import { consentSpec, exchangeSpec } from './record-specs.js';

/** Documents an exchange in the client's file, if the client's consents allow it (valoris §1). */
export async function logExchange(
  app: AppContext, p: Principal, input: { clientId?: unknown } & Record<string, unknown>, seal?: SealReply<ClientExchange>,
): Promise<ClientExchange> {
  if (typeof input.clientId === 'string') await requireRosterEntry(app, p.orgId, input.clientId, 'clientId');
  return app.store.transaction(async (tx) => {
    const consents = typeof input.clientId === 'string'
      ? await allRecords(tx, app.keyring, consentSpec, p.orgId, { subjectId: input.clientId, kind: 'social-media-communication' })
      : [];
    return insertOutcome(tx, app.keyring, exchangeSpec, logClientExchange({ input, consents, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal);
  });
}
