import { z } from 'zod';
import { noteSchema } from '../shared/schemas.js';

/** Marking a follow-up task done, with what was done. */
export const completeTaskInputSchema = z.strictObject({ note: noteSchema.min(1) });
export type CompleteTaskInput = z.infer<typeof completeTaskInputSchema>;
