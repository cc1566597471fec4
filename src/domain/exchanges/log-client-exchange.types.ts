import { z } from 'zod';
import { idSchema, timestampSchema } from '../shared/schemas.js';

/** Documenting one exchange with a client on social media. */
export const logClientExchangeInputSchema = z.strictObject({
  clientId: idSchema,
  platform: z.string().trim().min(1).max(100),
  accountId: idSchema.optional(),
  direction: z.enum(['inbound', 'outbound']),
  occurredAt: timestampSchema,
  summary: z.string().trim().min(1).max(20_000),
});
export type LogClientExchangeInput = z.infer<typeof logClientExchangeInputSchema>;
