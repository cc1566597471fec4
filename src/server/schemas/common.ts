import { z } from 'zod';

/** `?limit=&cursor=` on every list. */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** A list reply: the items and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const idParams = z.strictObject({ id: z.string().min(1).max(200) });

/** The problem document every error is sent as (`application/problem+json`). */
export const problemSchema = z.object({
  type: z.string(), title: z.string(), status: z.number(), detail: z.string(), code: z.string(),
  field: z.string().optional(), reason: z.string().optional(), instance: z.string().optional(),
}).meta({ id: 'Problem' });

/** The error replies a signed-in route may give, for the OpenAPI document. */
export const errorResponses = {
  400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 429: problemSchema,
} as const;

/** `Idempotency-Key` on creates: a retry with the same key returns the first reply. */
export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional(),
});
