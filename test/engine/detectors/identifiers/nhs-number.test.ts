import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { passesNhsModulus11 } from '../../../../src/engine/detectors/identifiers/nhs-number.js';
import { valuesOf } from './helpers.js';

describe('NHS number', () => {
  it('applies modulus 11 with 10 meaning invalid', () => {
    expect(passesNhsModulus11('9434765919')).toBe(true);
    expect(passesNhsModulus11('9876544321')).toBe(false);
    expect(passesNhsModulus11('4010232138')).toBe(false);
    expect(passesNhsModulus11('12345')).toBe(false);
  });
  it('finds 3-3-4 and bare forms', () => {
    expect(valuesOf('nhs-number', 'NHS number 943 476 5919')).toEqual(['943 476 5919']);
    expect(valuesOf('nhs-number', '401-023-2137')).toEqual(['401-023-2137']);
    expect(valuesOf('nhs-number', 'rhif GIG 9434765919')).toEqual(['9434765919']);
  });
  it('is high confidence next to NHS or rhif GIG', () => {
    expect(findIdentifiers('rhif GIG 943 476 5919')[0]).toMatchObject({ kind: 'nhs-number', confidence: 'high' });
  });
});
