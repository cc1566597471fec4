import { describe, expect, it } from 'vitest';
import { approvalOnFile } from '../../../../src/engine/detectors/account/approval-on-file.js';
import { detect, post } from '../run-detector.js';

/** A chief officer's approval for staff member s1 to speak for the organization, unless overridden. */
const approval = (extra: Record<string, unknown> = {}) => ({ kind: 'speak-for-org', grantedByRole: 'chief-officer', subject: 's1', ...extra });
const byStaffMember = post('Speaking for the CHC: our survey on GP access is open until Friday.', { author: { id: 's1', role: 'staff' } });
const held = (approvals: unknown[], activity = byStaffMember) => detect(approvalOnFile, { activity, context: { approvals } }, { kind: 'speak-for-org' });

describe('approval-on-file', () => {
  it('holds when the author has a valid approval of the kind, given as subject or as personId', () => {
    expect(held([approval()])).toEqual([{ kind: 'approval' }]);
    expect(held([approval({ subject: undefined, personId: 's1' })])).toEqual([{ kind: 'approval' }]);
  });

  it('counts a bare end date as valid through that whole day', () => {
    expect(held([approval({ validUntil: '2026-11-21' })])).toEqual([{ kind: 'approval' }]);
    expect(held([approval({ validUntil: '2026-11-20' })])).toEqual([]);
    expect(held([approval({ validUntil: '2026-11-21T09:00:00-05:00' })])).toEqual([]);
  });

  it('judges expiry at the activity\'s own moment when it has one', () => {
    const later = post('Speaking for the CHC', { author: { id: 's1' }, at: '2027-02-01T10:00:00-05:00' });
    expect(held([approval({ validUntil: '2026-12-31' })], later)).toEqual([]);
  });

  it('does not count revoked approvals, someone else\'s, another kind, or one for nobody', () => {
    expect(held([approval({ revoked: true })])).toEqual([]);
    expect(held([approval({ subject: 's2' })])).toEqual([]);
    expect(held([approval({ kind: 'media-response' })])).toEqual([]);
    expect(held([approval({ subject: undefined })])).toEqual([]);
    expect(held([])).toEqual([]);
  });

  it('needs to know who the author is', () => {
    expect(held([approval()], post('Speaking for the CHC'))).toEqual([]);
  });

  it('takes exactly one approval kind from the contract', () => {
    expect(approvalOnFile.paramsSchema.safeParse({}).success).toBe(false);
    expect(approvalOnFile.paramsSchema.safeParse({ kind: 'anything' }).success).toBe(false);
    expect(approvalOnFile.paramsSchema.safeParse({ kind: 'media-response', extra: 1 }).success).toBe(false);
  });
});
