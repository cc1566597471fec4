import { z } from 'zod';
import { APPROVAL_KINDS } from '../../engine/contract/enums.js';
import { idSchema, reasonSchema, whenSchema } from '../shared/schemas.js';

/** Asking for an approval. */
export const requestApprovalInputSchema = z.strictObject({
  kind: z.enum(APPROVAL_KINDS),
  purpose: reasonSchema,
  subject: idSchema.optional(),
  personId: idSchema.optional(),
  accountId: idSchema.optional(),
  validUntil: whenSchema.optional(),
  checkId: idSchema.optional(),
});
export type RequestApprovalInput = z.infer<typeof requestApprovalInputSchema>;
