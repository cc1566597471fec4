import { z } from 'zod';
import { decryptField, encryptField } from '../../crypto/field-cipher.js';
import { sha256Hex } from '../../crypto/tokens.js';
import { addIncidentEvidence, type Incident } from '../../domain/index.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { iso } from '../ports.js';
import { parseInput } from '../validate.js';
import { workflowDeps } from './deps.js';
import { load, updateOutcome } from './persist.js';
import { incidentSpec } from './record-specs.js';

/** Ten mebibytes of evidence per upload: screenshots and short recordings. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** An evidence upload: the file's bytes in base64, its name and media type. */
export const evidenceUploadSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  mediaType: z.string().trim().min(3).max(255).regex(/^[\w.+-]+\/[\w.+-]+$/, 'a media type such as image/png'),
  contentBase64: z.base64().max(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4),
});
export type EvidenceUpload = z.infer<typeof evidenceUploadSchema>;

const context = (orgId: string, sha256: string) => `evidence:${orgId}:${sha256}`;

/**
 * Stores an evidence file (encrypted, addressed by the SHA-256 the server computes) and attaches
 * it to the incident, in one transaction.
 */
export async function attachEvidenceFile(app: AppContext, p: Principal, incidentId: string, input: unknown): Promise<Incident> {
  const upload = parseInput(evidenceUploadSchema, input);
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('validation', 'the file is empty', { field: 'contentBase64' });
  const sha256 = sha256Hex(bytes);
  return app.store.transaction(async (tx) => {
    const incident = await load(tx, app.keyring, incidentSpec, p.orgId, incidentId, 'incident');
    const outcome = addIncidentEvidence({
      incident, input: { sha256, fileName: upload.fileName, mediaType: upload.mediaType, size: bytes.length }, actor: toActor(p), deps: workflowDeps(app),
    });
    const at = iso(app.clock.now());
    const updated = await updateOutcome(tx, app.keyring, incidentSpec, outcome, incident.version, at);
    await tx.evidenceFiles.save({
      org_id: p.orgId, sha256, media_type: upload.mediaType, size: bytes.length, created_at: at,
      content: encryptField(app.keyring, bytes.toString('base64'), context(p.orgId, sha256)),
    });
    return updated;
  });
}

/** The bytes of a file attached to an incident the caller may read. */
export async function readEvidenceFile(app: AppContext, orgId: string, incident: Incident, sha256: string): Promise<{ bytes: Buffer; mediaType: string; fileName: string }> {
  const ref = incident.evidence.find((e) => e.sha256 === sha256);
  const row = ref ? await app.store.evidenceFiles.byDigest(orgId, sha256) : undefined;
  if (!ref || !row) throw notFound('evidence file');
  return { bytes: Buffer.from(decryptField(app.keyring, row.content, context(orgId, sha256)), 'base64'), mediaType: row.media_type, fileName: ref.fileName };
}

/** Loads an incident of the organization (for routes that authorize before reading evidence). */
export function loadIncident(app: AppContext, orgId: string, id: string): Promise<Incident> {
  return load(app.store, app.keyring, incidentSpec, orgId, id, 'incident');
}
