import { z } from 'zod';
import { idSchema, timestampSchema } from '../shared/schemas.js';

/** Saying that a checked activity was published: where, and when (default: now). */
export const recordPublicationInputSchema = z.strictObject({
  url: z.url().max(2_000).optional(),
  accountId: idSchema.optional(),
  publishedAt: timestampSchema.optional(),
});
export type RecordPublicationInput = z.infer<typeof recordPublicationInputSchema>;
