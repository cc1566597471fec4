import { describe, expect, it } from 'vitest';
import { valuesOf } from './helpers.js';

describe('case and file numbers', () => {
  it('finds references after EN, FR and CY keywords', () => {
    expect(valuesOf('case-number', 're: case #2024-1187 update')).toEqual(['2024-1187']);
    expect(valuesOf('case-number', 'file no. 12345')).toEqual(['12345']);
    expect(valuesOf('case-number', 'dossier n° 4567')).toEqual(['4567']);
    expect(valuesOf('case-number', 'rhif achos 3321')).toEqual(['3321']);
    expect(valuesOf('case-number', 'see CAS-12345 tomorrow')).toEqual(['CAS-12345']);
  });
  it('does not take small counts after a keyword', () => {
    expect(valuesOf('case-number', 'in case 3 people call')).toEqual([]);
    expect(valuesOf('case-number', 'file 12 reports')).toEqual([]);
  });
});
