import { z } from 'zod';
import { reasonSchema, whenSchema } from '../shared/schemas.js';

/** The approver's decision: approve or deny, always with a reason. */
export const decideApprovalInputSchema = z.strictObject({
  decision: z.enum(['approved', 'denied']),
  reason: reasonSchema,
  /** The approver may limit how long an approval holds. */
  validUntil: whenSchema.optional(),
});
export type DecideApprovalInput = z.infer<typeof decideApprovalInputSchema>;
