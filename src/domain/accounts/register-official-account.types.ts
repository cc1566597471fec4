import { z } from 'zod';
import { ROLES } from '../../engine/contract/enums.js';

/** Registering an official account. */
export const registerOfficialAccountInputSchema = z.strictObject({
  platform: z.string().trim().toLowerCase().min(1).max(100),
  handle: z.string().trim().min(1).max(500),
  holder: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(500),
  postingAllowed: z.boolean(),
  usableByRoles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
});
export type RegisterOfficialAccountInput = z.input<typeof registerOfficialAccountInputSchema>;
