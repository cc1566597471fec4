import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app/create-app.js';
import { AppError } from '../app/errors.js';
import { noReply, type SealReply } from '../app/idempotent-reply.js';
import { iso } from '../app/ports.js';
import { canonicalJson } from '../audit/chain.js';
import { sha256Hex } from '../crypto/tokens.js';
import { principalOf } from './types.js';

/** A reserved key with no reply after this long belongs to a request that died mid-way. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Runs a create at most once per `Idempotency-Key` (per person): a retry with the same key
 * and body gets the first reply again (`Idempotent-Replayed: true`); the same key with
 * another body is refused. Without the header the create simply runs.
 *
 * `create` is given the `SealReply` to call in the transaction that creates: the reply
 * (`present` of what was created) is stored with the record, never in a write of its own
 * after it, so a process that dies after the commit leaves a key that replays.
 */
export async function idempotent<R, B>(
  app: App, request: FastifyRequest, reply: FastifyReply, status: number,
  present: (created: R) => B, create: (seal: SealReply<R>) => Promise<R>,
): Promise<B> {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key === '') {
    reply.code(status);
    return present(await create(noReply));
  }
  if (key.length > 200) throw new AppError('validation', 'Idempotency-Key is at most 200 characters', { field: 'idempotency-key' });
  const p = principalOf(request);
  const fingerprint = sha256Hex(`${request.method} ${request.routeOptions.url ?? ''} ${canonicalJson(request.body ?? null)}`);
  const replay = async (): Promise<B | undefined> => {
    const found = await app.store.idempotency.find(p.orgId, p.personId, key);
    if (!found) return undefined;
    if (found.fingerprint !== fingerprint) {
      throw new AppError('idempotency_conflict', 'this Idempotency-Key was used for another request', { field: 'idempotency-key' });
    }
    if (found.status_code === 0) {
      // A reservation whose request died with its process: free it so that the retry runs.
      if (Date.parse(found.created_at) < app.clock.now().getTime() - ABANDONED_AFTER_MS) {
        await app.store.idempotency.release(p.orgId, p.personId, key);
        return undefined;
      }
      throw new AppError('conflict', 'a request with this Idempotency-Key is still running', { field: 'idempotency-key' });
    }
    reply.code(found.status_code).header('idempotent-replayed', 'true');
    return JSON.parse(found.response) as B;
  };
  // Reserve the key first (status 0), so that two concurrent retries cannot both create.
  const reserved = await app.store.idempotency.save({
    org_id: p.orgId, person_id: p.personId, key, fingerprint, status_code: 0, response: '', created_at: iso(app.clock.now()),
  });
  if (!reserved) {
    const earlier = await replay();
    if (earlier !== undefined) return earlier;
    // The reservation was abandoned and released: take it.
    if (!(await app.store.idempotency.save({ org_id: p.orgId, person_id: p.personId, key, fingerprint, status_code: 0, response: '', created_at: iso(app.clock.now()) }))) {
      throw new AppError('conflict', 'a request with this Idempotency-Key is still running', { field: 'idempotency-key' });
    }
  }
  let sealed = undefined as { body: B } | undefined;
  const seal: SealReply<R> = async (tx, created) => {
    const body = present(created);
    await tx.idempotency.complete(p.orgId, p.personId, key, status, JSON.stringify(body));
    sealed = { body };
  };
  try {
    await create(seal);
  } catch (error) {
    await app.store.idempotency.release(p.orgId, p.personId, key);
    throw error;
  }
  // A create that forgot to seal would leave its key reserved: a programming error, loud in every test.
  if (!sealed) throw new Error(`${request.method} ${request.routeOptions.url ?? ''} did not store its idempotent reply`);
  reply.code(status);
  return sealed.body;
}
