import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { valuesOf } from './helpers.js';

describe('dates of birth', () => {
  it('turns a date next to birth words into a date of birth (EN, FR, CY)', () => {
    expect(valuesOf('date-of-birth', 'DOB: 1980-03-12')).toEqual(['1980-03-12']);
    expect(valuesOf('date-of-birth', 'née le 3 mars 1952')).toEqual(['3 mars 1952']);
    expect(valuesOf('date-of-birth', 'dyddiad geni 12/03/1980')).toEqual(['12/03/1980']);
    expect(valuesOf('date-of-birth', 'Happy birthday! May 5 is the day')).toEqual(['May 5']);
  });
  it('leaves dates without birth context as plain dates', () => {
    expect(findIdentifiers('Clinic closed on 12/03/2025')[0]).toMatchObject({ kind: 'date', confidence: 'low' });
  });
  it('is high confidence for a full date, lower for a year', () => {
    expect(findIdentifiers('born 12/03/1980')[0]?.confidence).toBe('high');
    expect(findIdentifiers('born in 1980')[0]).toMatchObject({ kind: 'date-of-birth', confidence: 'low' });
  });
});
