import { z } from 'zod';
import { APPROVAL_KINDS } from '../../contract/enums.js';
import { notExpired } from '../../context/time.js';
import type { Detector } from '../types.js';

const params = z.strictObject({ kind: z.enum(APPROVAL_KINDS) });

/** The author holds a valid approval of this kind: used in `unless`, e.g. an approved spokesperson needs no disclaimer. */
export const approvalOnFile: Detector<z.infer<typeof params>> = {
  id: 'approval-on-file',
  paramsSchema: params,
  detect({ activity, context, now }, p) {
    const author = activity.author?.id;
    const held = author !== undefined && context.approvals.some((a) =>
      a.kind === p.kind && a.revoked !== true && (a.subject === author || a.personId === author) && notExpired(a.validUntil, now));
    return held ? [{ kind: 'approval' }] : [];
  },
};
