import { describe, expect, it } from 'vitest';
import { passesLuhn } from '../../../../src/engine/detectors/identifiers/luhn.js';

describe('passesLuhn', () => {
  it('accepts the CRA worked example and a test card number', () => {
    expect(passesLuhn('550911895')).toBe(true);
    expect(passesLuhn('4111111111111111')).toBe(true);
  });
  it('rejects a changed check digit, empty input and non-digits', () => {
    expect(passesLuhn('550911896')).toBe(false);
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('55091189a')).toBe(false);
  });
});
