import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app/create-app.js';
import { load } from '../app/workflows/persist.js';
import type { RecordSpec } from '../app/workflows/record-codec.js';
import { idempotent } from './idempotency.js';
import { present } from './schemas/workflow-views.js';
import { principalOf } from './types.js';

/**
 * An idempotent create whose record holds personal fields (a signer's name, an incident's
 * description): the idempotency store keeps only the new record's id, never the fields in
 * clear, and a replay reads the record again (decrypting it) to answer.
 */
export async function sealedCreate<R extends { id: string; orgId: string }>(
  app: App, request: FastifyRequest, reply: FastifyReply, spec: RecordSpec<R>, create: () => Promise<R>,
): Promise<{ [key: string]: unknown; id: string }> {
  const { id } = await idempotent(app, request, reply, 201, async () => ({ id: (await create()).id }));
  return present(load(app.store, app.keyring, spec, principalOf(request).orgId, id, 'record'));
}
