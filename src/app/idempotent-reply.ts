import type { UnitOfWork } from '../store/store.js';

/**
 * Stores the reply of a create made under an `Idempotency-Key`, in the create's own
 * transaction (`src/server/idempotency.ts` makes it): the new record and the reply a retry
 * will get commit together, so a crash between them cannot leave a stored record whose
 * retry creates it again. A create calls it once, inside the transaction that creates.
 */
export type SealReply<R> = (tx: UnitOfWork, created: R) => Promise<void>;

/** For creates made without an `Idempotency-Key` (the command line, the demo, a request without one). */
export const noReply: SealReply<unknown> = () => Promise.resolve();
