import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app/create-app.js';
import type { SealReply } from '../app/idempotent-reply.js';
import { load } from '../app/workflows/persist.js';
import type { RecordSpec } from '../app/workflows/record-codec.js';
import { idempotent } from './idempotency.js';
import { present } from './schemas/workflow-views.js';
import { principalOf } from './types.js';

/**
 * An idempotent create whose reply holds personal information (a client's name, a signer's
 * name, an incident's description): the idempotency store keeps only the new record's id, never
 * the fields in clear, and every answer — the first and each replay — reads the record again.
 */
export async function createKeepingOnlyId<V>(
  app: App, request: FastifyRequest, reply: FastifyReply,
  create: (seal: SealReply<{ id: string }>) => Promise<{ id: string }>, read: (id: string) => Promise<V>,
): Promise<V> {
  const { id } = await idempotent(app, request, reply, 201, (created) => ({ id: created.id }), create);
  return read(id);
}

/** `createKeepingOnlyId` for a workflow record, decrypted with its spec. */
export async function sealedCreate<R extends { id: string; orgId: string }>(
  app: App, request: FastifyRequest, reply: FastifyReply, spec: RecordSpec<R>, create: (seal: SealReply<R>) => Promise<R>,
): Promise<{ [key: string]: unknown; id: string }> {
  return createKeepingOnlyId(app, request, reply, create, (id) => present(load(app.store, app.keyring, spec, principalOf(request).orgId, id, 'record')));
}
