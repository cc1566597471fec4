import { z } from 'zod';
import { sha256Schema } from '../shared/schemas.js';

/** A file already stored by the evidence store, attached to an incident by its digest. */
export const addIncidentEvidenceInputSchema = z.strictObject({
  sha256: sha256Schema,
  fileName: z.string().trim().min(1).max(255),
  mediaType: z.string().trim().min(3).max(255),
  size: z.number().int().nonnegative().max(1_000_000_000),
});
export type AddIncidentEvidenceInput = z.infer<typeof addIncidentEvidenceInputSchema>;
