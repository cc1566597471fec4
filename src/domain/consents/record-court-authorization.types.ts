import { z } from 'zod';
import { idSchema, whenSchema } from '../shared/schemas.js';

/** Recording a court's authorization to identify a child followed under youth protection. */
export const recordCourtAuthorizationInputSchema = z.strictObject({
  subject: idSchema,
  scope: z.string().trim().min(1).max(200).default('identify-child'),
  judgmentReference: z.string().trim().min(1).max(500),
  issuedAt: whenSchema,
  validUntil: whenSchema.optional(),
});
export type RecordCourtAuthorizationInput = z.input<typeof recordCourtAuthorizationInputSchema>;
