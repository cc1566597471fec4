import { z } from 'zod';
import { idSchema, noteSchema } from '../shared/schemas.js';
import { INCIDENT_SEVERITIES } from './incident.js';

/** The handler's first assessment. */
export const triageIncidentInputSchema = z.strictObject({
  severity: z.enum(INCIDENT_SEVERITIES),
  note: noteSchema.min(1),
  assigneeId: idSchema.optional(),
});
export type TriageIncidentInput = z.infer<typeof triageIncidentInputSchema>;

/** Opening the investigation (stass 5.5: "investigated to ascertain the nature and the extent"). */
export const investigateIncidentInputSchema = z.strictObject({
  investigatorId: idSchema.optional(),
  note: noteSchema.min(1),
});
export type InvestigateIncidentInput = z.infer<typeof investigateIncidentInputSchema>;
