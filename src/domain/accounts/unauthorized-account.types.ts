import { z } from 'zod';
import { noteSchema } from '../shared/schemas.js';

/** Reporting an account or page found that uses the organization's name without authorization. */
export const recordUnauthorizedAccountInputSchema = z.strictObject({
  platform: z.string().trim().toLowerCase().min(1).max(100),
  handle: z.string().trim().min(1).max(500),
  description: z.string().trim().min(1).max(4_000),
});
export type RecordUnauthorizedAccountInput = z.infer<typeof recordUnauthorizedAccountInputSchema>;

/** The review's outcome (iwso 6.11.1: such sites "may be amended or removed"). */
export const reviewUnauthorizedAccountInputSchema = z.strictObject({
  resolution: z.enum(['removed', 'amended', 'adopted', 'no-action']),
  note: noteSchema.min(1),
});
export type ReviewUnauthorizedAccountInput = z.infer<typeof reviewUnauthorizedAccountInputSchema>;
