import { z } from 'zod';
import { idSchema, reasonSchema, timestampSchema } from '../shared/schemas.js';

/** Something published that relied on the consent and must come down. */
export const publishedItemSchema = z.strictObject({
  /** The check of the publication (or, for items published outside Postwise, any reference). */
  activityId: idSchema,
  accountId: idSchema.optional(),
  url: z.url().max(2_000).optional(),
  /** Who published it, and so takes it down. */
  publishedBy: idSchema.optional(),
  publishedAt: timestampSchema.optional(),
});

/**
 * Recording that a consent was withdrawn. What was published through Postwise is known to the
 * platform; `publishedItems` adds what was published without a check.
 */
export const revokeConsentInputSchema = z.strictObject({
  reason: reasonSchema,
  publishedItems: z.array(publishedItemSchema).max(10_000).default([]),
});
export type RevokeConsentInput = z.input<typeof revokeConsentInputSchema>;
export type PublishedItem = z.infer<typeof publishedItemSchema>;
