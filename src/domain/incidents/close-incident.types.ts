import { z } from 'zod';
import { INCIDENT_OUTCOMES } from '../pack-practice.types.js';
import { noteSchema } from '../shared/schemas.js';

/** The outcome of an incident: one or more actions, or no action. */
export const closeIncidentInputSchema = z.strictObject({
  outcomes: z.array(z.enum(INCIDENT_OUTCOMES)).min(1).max(INCIDENT_OUTCOMES.length)
    .refine((list) => new Set(list).size === list.length, 'each outcome once')
    .refine((list) => !list.includes('no-action') || list.length === 1, '"no-action" stands alone'),
  note: noteSchema.min(1),
});
export type CloseIncidentInput = z.infer<typeof closeIncidentInputSchema>;
