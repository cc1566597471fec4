import { z } from 'zod';
import { reasonSchema, timestampSchema } from '../shared/schemas.js';

/** Granting one person access to an official account for a period. */
export const grantAccountAccessInputSchema = z.strictObject({
  from: timestampSchema,
  until: timestampSchema,
  /** The need the access answers (valoris §2: "an immediate and temporary need"). */
  purpose: reasonSchema,
});
export type GrantAccountAccessInput = z.infer<typeof grantAccountAccessInputSchema>;
