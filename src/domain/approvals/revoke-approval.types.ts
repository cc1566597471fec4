import { z } from 'zod';
import { reasonSchema } from '../shared/schemas.js';

/** Taking back an approval already given, always with a reason. */
export const revokeApprovalInputSchema = z.strictObject({ reason: reasonSchema });
export type RevokeApprovalInput = z.infer<typeof revokeApprovalInputSchema>;
