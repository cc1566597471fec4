import { z } from 'zod';
import { idSchema, noteSchema, timestampSchema } from '../shared/schemas.js';
import { TRAINING_KINDS } from './compliance-records.js';

/** Signing the current version of the policy. */
export const acknowledgePolicyInputSchema = z.strictObject({
  signedName: z.string().trim().min(1).max(500),
  statement: z.string().trim().min(1).max(4_000),
  /** The version the person read; it must be the organization's current one. */
  packVersion: z.string().min(1).max(100),
});
export type AcknowledgePolicyInput = z.infer<typeof acknowledgePolicyInputSchema>;

/** Recording completed training. */
export const recordTrainingInputSchema = z.strictObject({
  personId: idSchema,
  kind: z.enum(TRAINING_KINDS),
  completedAt: timestampSchema,
  note: noteSchema.optional(),
});
export type RecordTrainingInput = z.infer<typeof recordTrainingInputSchema>;

/** Recording that the policy was reviewed. */
export const recordPolicyReviewInputSchema = z.strictObject({
  reviewedAt: timestampSchema,
  note: noteSchema.min(1),
});
export type RecordPolicyReviewInput = z.infer<typeof recordPolicyReviewInputSchema>;
