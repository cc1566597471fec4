import { z } from 'zod';
import { sha256Hex } from '../../crypto/tokens.js';
import { adoptOwnPack, isBuiltInPack, type PackAdoption } from '../../domain/index.js';
import { formatPackProblem } from '../../engine/index.js';
import type { AppContext } from '../context.js';
import { AppError, invalid, notFound } from '../errors.js';
import { compileOwnPack, extendedBuiltInPack, orgRefOf } from '../packs.js';
import { iso } from '../ports.js';
import { parseInput } from '../validate.js';
import { isUniqueViolation, unwrap } from '../workflows/persist.js';
import { workflowDeps } from '../workflows/deps.js';

/** An upload of the organization's own pack: the YAML or JSON text, and a file name for messages. */
export const organizationPackInput = z.strictObject({
  source: z.string().min(1).max(1_000_000),
  fileName: z.string().trim().min(1).max(255).optional(),
});
export type OrganizationPackInput = z.input<typeof organizationPackInput>;

/** The pack an organization is bound to; the text is given for its own pack. */
export interface OrganizationPackView {
  readonly packId: string;
  readonly packVersion: string;
  readonly builtIn: boolean;
  readonly source?: string;
  readonly sha256?: string;
  readonly uploadedAt?: string;
  readonly uploadedBy?: string | null;
}

/**
 * Validates an organization's own pack and binds the organization to its version: checks use it
 * from the next one on, on every instance, and everyone is asked to sign the new version. An
 * invalid pack is refused with its first problem's field and every problem (file, rule, field)
 * in the message, and changes nothing.
 */
export async function setOrganizationPack(
  app: AppContext, orgId: string, by: { id: string; isAdmin: boolean } | null, input: OrganizationPackInput,
): Promise<PackAdoption> {
  const upload = parseInput(organizationPackInput, input);
  const compiled = compileOwnPack(upload.source, upload.fileName ?? 'organization pack');
  if (!compiled.ok) {
    throw invalid(compiled.error.map(formatPackProblem).join('\n'), compiled.error[0]?.field, 'invalid_pack');
  }
  const { id: packId, version } = compiled.value.data;
  const sha256 = sha256Hex(upload.source);
  try {
    return await bindPack(app, orgId, by, { packId, version, sha256, source: upload.source });
  } catch (error) {
    // Two uploads of one new version at once: the primary key lets one in.
    if (isUniqueViolation(error)) throw concurrentChange();
    throw error;
  }
}

async function bindPack(
  app: AppContext, orgId: string, by: { id: string; isAdmin: boolean } | null, upload: { packId: string; version: string; sha256: string; source: string },
): Promise<PackAdoption> {
  const { packId, version, sha256 } = upload;
  return app.store.transaction(async (tx) => {
    const org = await tx.organizations.byId(orgId);
    if (!org) throw notFound('organization');
    const onFile = await tx.organizationPacks.byVersion(orgId, version);
    const { record, events } = unwrap(adoptOwnPack({
      org: orgRefOf(org), upload: { packId, version, sha256 },
      versionOnFile: onFile?.sha256, by, deps: workflowDeps(app),
    }));
    if (!record.changed) return record;
    if (record.newVersion) {
      await tx.organizationPacks.insert({ org_id: orgId, version, pack_id: packId, source: upload.source, sha256, uploaded_by: record.by, uploaded_at: record.at });
    }
    const from = { packId: org.pack_id, version: org.pack_version };
    const to = { packId, version, practicePackId: extendedBuiltInPack(upload.source) };
    if (!(await tx.organizationPacks.bind(orgId, from, to, iso(app.clock.now())))) {
      throw concurrentChange();
    }
    await tx.audit.recordAll(events);
    return record;
  });
}

function concurrentChange(): AppError {
  return new AppError('conflict', 'Someone else changed the organization\'s pack at the same time; reload it.', { reason: 'concurrent_update' });
}

/** The pack the organization is bound to, with the text of its own. */
export async function organizationPack(app: AppContext, orgId: string): Promise<OrganizationPackView> {
  const org = await app.store.organizations.byId(orgId);
  if (!org) throw notFound('organization');
  if (isBuiltInPack(org.pack_id)) return { packId: org.pack_id, packVersion: org.pack_version, builtIn: true };
  const row = await app.store.organizationPacks.byVersion(orgId, org.pack_version);
  return {
    packId: org.pack_id, packVersion: org.pack_version, builtIn: false,
    ...(row ? { source: row.source, sha256: row.sha256, uploadedAt: row.uploaded_at, uploadedBy: row.uploaded_by } : {}),
  };
}
