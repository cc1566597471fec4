import { z } from 'zod';
import { APPROVAL_KINDS, ROLES } from '../../engine/contract/enums.js';
import { APPROVAL_STATUSES } from '../../domain/index.js';
import { pageQuery } from './common.js';

/** An approval request as the API shows it. */
export const approvalView = z.object({
  id: z.string(), kind: z.enum(APPROVAL_KINDS), status: z.enum(APPROVAL_STATUSES), requesterId: z.string(), requesterRole: z.enum(ROLES),
  approverRole: z.enum(ROLES), approverId: z.string().optional(), subject: z.string().optional(), personId: z.string().optional(),
  accountId: z.string().optional(), purpose: z.string(), validUntil: z.string().optional(), checkId: z.string().optional(),
  requestedAt: z.string(), expiresAt: z.string(), version: z.number(),
  decision: z.object({ outcome: z.enum(['approved', 'denied']), by: z.string(), role: z.enum(ROLES), at: z.string(), reason: z.string() }).optional(),
  withdrawnAt: z.string().optional(), withdrawalReason: z.string().optional(),
  revocation: z.object({ by: z.string(), role: z.enum(ROLES), at: z.string(), reason: z.string() }).optional(),
}).meta({ id: 'ApprovalRequest' });

/**
 * A workflow record (consent, account, grant, incident, task…): its fields as the domain
 * defines them (`src/domain`), personal fields decrypted for those allowed to read them.
 */
export const recordView = (id: string) => z.looseObject({ id: z.string() }).meta({ id });

/** `?status=` besides the page, on workflow lists. */
export const statusPageQuery = pageQuery.extend({ status: z.string().max(40).optional() });

type View = { [key: string]: unknown; id: string };

/** A domain record as a `recordView` reply (records are interfaces, which carry no index signature). */
export const asView = <T extends { id: string }>(record: T): View => record as unknown as View;

/** `asView` of a record to come. */
export const present = async <T extends { id: string }>(record: T | Promise<T>): Promise<View> => asView(await record);

/** A page of domain records as a `pageOf(recordView)` reply. */
export const presentPage = async <T extends { id: string }>(page: Promise<{ items: readonly T[]; nextCursor: string | null }>): Promise<{ items: View[]; nextCursor: string | null }> => {
  const { items, nextCursor } = await page;
  return { items: items as unknown as View[], nextCursor };
};
