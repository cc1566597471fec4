import { z } from 'zod';
import { startAuditChain } from '../../audit/writer.js';
import { conflict, invalid } from '../errors.js';
import type { AppContext } from '../context.js';
import { iso } from '../ports.js';
import type { OrganizationRow } from '../../store/repositories/organizations.js';
import { packVersionOf } from '../packs.js';
import { parseInput } from '../validate.js';

export const createOrganizationInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes, 2 to 63 characters'),
  name: z.string().trim().min(1).max(200),
  packId: z.string().min(1).max(100),
  packVersion: z.string().min(1).max(50).optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  emailDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(50).default([]),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

/** Creates an organization bound to a policy pack, and starts its audit chain. */
export async function createOrganization(app: AppContext, input: CreateOrganizationInput): Promise<OrganizationRow> {
  const o = parseInput(createOrganizationInput, input);
  const packVersion = o.packVersion ?? packVersionOf(o.packId);
  if (!packVersion) throw invalid(`unknown pack ${o.packId}`, 'packId');
  const now = iso(app.clock.now());
  const row: OrganizationRow = {
    id: app.ids.uuid(), slug: o.slug, name: o.name, pack_id: o.packId, pack_version: packVersion, practice_pack_id: null,
    aliases: JSON.stringify(o.aliases), email_domains: JSON.stringify(o.emailDomains), roster_version: 0, facts_version: 0,
    created_at: now, updated_at: now,
  };
  return app.store.transaction(async (tx) => {
    if (await tx.organizations.bySlug(o.slug)) throw conflict(`an organization ${o.slug} exists already`, 'slug');
    await tx.organizations.insert(row);
    await startAuditChain(tx.db, row.id);
    await tx.audit.record(row.id, {
      kind: 'organization.created', actorId: null, subjectId: row.id,
      data: { slug: row.slug, packId: row.pack_id, packVersion: row.pack_version },
    });
    return row;
  });
}
