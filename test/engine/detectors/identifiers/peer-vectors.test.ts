import { describe, expect, it } from 'vitest';
import { DEFAULT_PEER_FILE, scorePeerVectors } from '../../../../scripts/eval-peer.js';

/** Recall floors measured on Presidio's recognizer vectors; a regression below them fails the build. */
const RECALL_FLOORS: Readonly<Record<string, number>> = {
  EMAIL_ADDRESS: 1, PHONE_NUMBER: 1, CREDIT_CARD: 1, IP_ADDRESS: 1, URL: 1, UK_NHS: 1, UK_NINO: 1,
  DATE_TIME: 1, IBAN_CODE: 1, CA_SIN: 1, UK_POSTCODE: 1,
};

describe('Presidio peer vectors', () => {
  const report = scorePeerVectors(DEFAULT_PEER_FILE);

  it.each(Object.entries(RECALL_FLOORS))('%s recall stays at or above %s with no false positives', (entity, floor) => {
    const score = report.entities.find((s) => s.entity === entity);
    expect(score?.recall).toBeGreaterThanOrEqual(floor);
    expect(score?.falsePositives).toBe(0);
  });

  it('reports PERSON as not applicable', () => {
    expect(report.entities.find((s) => s.entity === 'PERSON')?.note).toMatch(/not applicable/);
  });
});
