import type { ConsentScope } from '../../engine/contract/enums.js';
import { hasLapsed } from '../shared/time.js';
import type { ConsentRecord } from './consent-record.js';

/** Whether a consent covers `scope` for `subject` at `now`: active, not lapsed. */
export function consentInForce(consent: ConsentRecord, subject: string, scope: ConsentScope, now: Date): boolean {
  return consent.subject === subject && consent.scope === scope && consent.status === 'active' && !hasLapsed(consent.validUntil, now);
}
