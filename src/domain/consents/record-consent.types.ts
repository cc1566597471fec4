import { z } from 'zod';
import { CONSENT_SCOPES, SIGNERS } from '../../engine/contract/enums.js';
import { idSchema, sha256Schema, whenSchema } from '../shared/schemas.js';

/** Recording a signed consent. */
export const recordConsentInputSchema = z.strictObject({
  subject: idSchema,
  scope: z.enum(CONSENT_SCOPES),
  signedBy: z.enum(SIGNERS),
  signerName: z.string().trim().min(1).max(500).optional(),
  written: z.boolean(),
  informedOfRisks: z.boolean(),
  signedAt: whenSchema,
  validUntil: whenSchema.optional(),
  documentSha256: sha256Schema.optional(),
});
export type RecordConsentInput = z.infer<typeof recordConsentInputSchema>;
