import { randomToken, sha256Hex } from '../../crypto/tokens.js';
import type { ApiTokenRow } from '../../store/repositories/api-tokens.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';

/** A created token: `token` is shown this once and never stored. */
export interface CreatedApiToken {
  readonly row: ApiTokenRow;
  readonly token: string;
}

/** Creates an API token acting as `personId`, for an integration. */
export async function createApiToken(
  app: AppContext, orgId: string, personId: string, actorId: string | null, name: string, seal: SealReply<CreatedApiToken> = noReply,
): Promise<CreatedApiToken> {
  const token = randomToken('pwt_');
  const row: ApiTokenRow = {
    id: app.ids.uuid(), org_id: orgId, person_id: personId, name, token_hash: sha256Hex(token),
    created_at: iso(app.clock.now()), last_used_at: null, revoked_at: null,
  };
  await app.store.transaction(async (tx) => {
    await tx.apiTokens.insert(row);
    await tx.audit.record(orgId, { kind: 'api-token.created', actorId, subjectId: row.id, data: { name } });
    await seal(tx, { row, token });
  });
  return { row, token };
}

/** Revokes a token of the organization; revoking twice is harmless. */
export async function revokeApiToken(app: AppContext, orgId: string, actorId: string, id: string): Promise<ApiTokenRow> {
  return app.store.transaction(async (tx) => {
    const row = await tx.apiTokens.byId(orgId, id);
    if (!row) throw notFound('API token');
    if (row.revoked_at) return row;
    const now = iso(app.clock.now());
    await tx.apiTokens.revoke(orgId, id, now);
    await tx.audit.record(orgId, { kind: 'api-token.revoked', actorId, subjectId: id, data: {} });
    return { ...row, revoked_at: now };
  });
}
