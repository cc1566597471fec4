import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { isPlausibleNamDate } from '../../../../src/engine/detectors/identifiers/ramq-nam.js';
import { valuesOf } from './helpers.js';

describe('Québec health insurance number (NAM)', () => {
  it('finds the card form, men and women (month + 50)', () => {
    expect(valuesOf('ramq-nam', 'NAM TREM 5505 1512')).toEqual(['TREM 5505 1512']);
    expect(valuesOf('ramq-nam', 'carte soleil: GAGM80561234')).toEqual(['GAGM80561234']);
  });
  it('checks the month code and the day', () => {
    expect(isPlausibleNamDate(55, 31)).toBe(true);
    expect(isPlausibleNamDate(52, 30)).toBe(false);
    expect(valuesOf('ramq-nam', 'TREM 5513 1512')).toEqual([]);
    expect(valuesOf('ramq-nam', 'TREM 5504 3112')).toEqual([]);
  });
  it('is high confidence with RAMQ context and ignores a NAM shape inside a longer code', () => {
    expect(findIdentifiers('RAMQ TREM 5505 1512')[0]?.confidence).toBe('high');
    expect(valuesOf('ramq-nam', 'BG80 BNBG 9661 1020 3456 79')).toEqual([]);
  });
});
