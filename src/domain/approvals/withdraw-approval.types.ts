import { z } from 'zod';
import { reasonSchema } from '../shared/schemas.js';

/** The requester withdraws a pending request. */
export const withdrawApprovalInputSchema = z.strictObject({ reason: reasonSchema.optional() });
export type WithdrawApprovalInput = z.infer<typeof withdrawApprovalInputSchema>;
