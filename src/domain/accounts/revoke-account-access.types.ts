import { z } from 'zod';
import { reasonSchema } from '../shared/schemas.js';

/** Ending a grant before its period is over. */
export const revokeAccountAccessInputSchema = z.strictObject({ reason: reasonSchema });
export type RevokeAccountAccessInput = z.infer<typeof revokeAccountAccessInputSchema>;
