import { z } from 'zod';
import { ACTIONS, CHANNELS, ROLES } from './enums.js';

/** Texts are capped so that one absurd input cannot exhaust memory; 1 MB posts still pass. */
export const MAX_TEXT_LENGTH = 2_000_000;

const text = z.string().max(MAX_TEXT_LENGTH);
const shortText = z.string().max(10_000);
const id = z.string().min(1).max(200);

export const personRefSchema = z.strictObject({
  rosterId: id.optional(),
  role: z.enum(['staff', 'client', 'volunteer', 'public', 'colleague', 'family']).optional(),
  name: shortText.optional(),
  consentGiven: z.boolean().optional(),
});

export const mediaSchema = z.strictObject({
  type: z.enum(['photo', 'video', 'audio', 'document', 'link']),
  people: z.array(personRefSchema).max(1_000).optional(),
  takenAtWork: z.boolean().optional(),
  caption: shortText.optional(),
  description: shortText.optional(),
});

export const authorSchema = z.strictObject({
  id: id.optional(),
  role: z.enum(ROLES).optional(),
  email: shortText.optional(),
  identifiesAffiliation: z.boolean().optional(),
  profileText: shortText.optional(),
  anonymous: z.boolean().optional(),
  name: shortText.optional(),
});

export const activitySchema = z.strictObject({
  action: z.enum(ACTIONS),
  channel: z.enum(CHANNELS),
  platform: z.string().min(1).max(100).optional(),
  accountId: id.optional(),
  text: text.optional(),
  language: z.string().min(2).max(35).optional(),
  media: z.array(mediaSchema).max(1_000).optional(),
  target: z.strictObject({
    rosterId: id.optional(),
    name: shortText.optional(),
    kind: z.string().max(100).optional(),
  }).optional(),
  targetText: text.optional(),
  author: authorSchema.optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});

export type Activity = z.infer<typeof activitySchema>;
export type MediaItem = z.infer<typeof mediaSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
export type Author = z.infer<typeof authorSchema>;
