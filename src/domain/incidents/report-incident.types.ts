import { z } from 'zod';
import { INCIDENT_KINDS } from '../pack-practice.types.js';
import { idSchema, timestampSchema } from '../shared/schemas.js';
import { HARASSMENT_SUBTYPES, SECURITY_SUBTYPES } from './incident.js';

/** Reporting an incident, named or anonymous. */
export const reportIncidentInputSchema = z.strictObject({
  kind: z.enum(INCIDENT_KINDS),
  subtype: z.enum([...SECURITY_SUBTYPES, ...HARASSMENT_SUBTYPES]).optional(),
  anonymous: z.boolean().default(false),
  subjectPersonId: idSchema.optional(),
  contentRef: z.string().trim().min(1).max(2_000).optional(),
  description: z.string().trim().min(1).max(20_000),
  occurredAt: timestampSchema.optional(),
}).superRefine((input, ctx) => {
  const allowed: readonly string[] = input.kind === 'security-incident' ? SECURITY_SUBTYPES
    : input.kind === 'harassment' ? HARASSMENT_SUBTYPES : [];
  if (input.subtype !== undefined && !allowed.includes(input.subtype)) {
    ctx.addIssue({ code: 'custom', path: ['subtype'], message: `not a subtype of ${input.kind}` });
  }
  // A removal request names the content and the colleague who posted it (stass 5.4.2).
  if (input.kind === 'removal-request' && input.contentRef === undefined) {
    ctx.addIssue({ code: 'custom', path: ['contentRef'], message: 'a removal request names the content to remove' });
  }
  if (input.kind === 'removal-request' && input.anonymous) {
    ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'a removal request comes from the person shown' });
  }
});
export type ReportIncidentInput = z.input<typeof reportIncidentInputSchema>;
