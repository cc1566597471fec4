import { auditEvent } from '../audit-events.js';
import type { OrgRef } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { isBuiltInPack } from '../shared/pack-id.js';
import { iso } from '../shared/time.js';

/** A validated pack text an administrator uploads: its own id and version, and the SHA-256 of the text. */
export interface OwnPackUpload {
  readonly packId: string;
  readonly version: string;
  readonly sha256: string;
}

/** The organization binding itself to a version of its own pack. */
export interface PackAdoption {
  readonly orgId: string;
  readonly packId: string;
  readonly packVersion: string;
  readonly sha256: string;
  readonly previous: { readonly packId: string; readonly packVersion: string };
  /** False when the text of that version was on file already (a return to an earlier version). */
  readonly newVersion: boolean;
  /** False when the organization was bound to this very version already: nothing to write. */
  readonly changed: boolean;
  readonly by: string | null;
  readonly at: string;
}

export interface AdoptOwnPackCommand {
  readonly org: OrgRef;
  readonly upload: OwnPackUpload;
  /** The SHA-256 of the text on file under the same version, if any. */
  readonly versionOnFile?: string;
  /** An administrator, or `null` for the operator at the command line. */
  readonly by: { readonly id: string; readonly isAdmin: boolean } | null;
  readonly deps: WorkflowDeps;
}

/**
 * Binds an organization to a version of its own pack. A version is immutable — acknowledgements
 * and checks name it — so other text under a version on file is refused; a new version asks
 * everyone to sign again (acknowledgements are per version).
 */
export function adoptOwnPack(cmd: AdoptOwnPackCommand): Outcome<PackAdoption> {
  const { org, upload, by } = cmd;
  if (by !== null && !by.isAdmin) return failure(domainError('forbidden', 'Only an administrator changes the organization\'s pack.', { reason: 'not_admin' }));
  if (isBuiltInPack(upload.packId)) {
    return failure(domainError('validation', `"${upload.packId}" is a built-in pack's id; give your pack its own id (it may extend ${upload.packId}).`, { field: 'id', reason: 'built_in_pack_id' }));
  }
  if (cmd.versionOnFile !== undefined && cmd.versionOnFile !== upload.sha256) {
    return failure(domainError('conflict', `Version ${upload.version} is on file with other text; give the new text a new version.`, { field: 'version', reason: 'version_exists' }));
  }
  const changed = org.packId !== upload.packId || org.packVersion !== upload.version;
  const at = iso(cmd.deps.now());
  const adoption: PackAdoption = {
    orgId: org.id, packId: upload.packId, packVersion: upload.version, sha256: upload.sha256,
    previous: { packId: org.packId, packVersion: org.packVersion }, newVersion: cmd.versionOnFile === undefined, changed, by: by?.id ?? null, at,
  };
  if (!changed) return success(adoption, []);
  const event = auditEvent('policy.pack-adopted', { orgId: org.id, actorId: adoption.by, at, subjectId: org.id }, {
    packId: upload.packId, packVersion: upload.version, sha256: upload.sha256,
    previousPackId: org.packId, previousVersion: org.packVersion, newVersion: adoption.newVersion,
  });
  return success(adoption, [event]);
}
