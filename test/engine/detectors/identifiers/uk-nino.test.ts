import { describe, expect, it } from 'vitest';
import { valuesOf } from './helpers.js';

describe('UK National Insurance number', () => {
  it('finds spaced, compact and lower-case forms without the leading space', () => {
    expect(valuesOf('uk-nino', 'Here is my National Insurance Number YZ 61 48 68 B')).toEqual(['YZ 61 48 68 B']);
    expect(valuesOf('uk-nino', 'tw987654a')).toEqual(['tw987654a']);
  });
  it('applies the HMRC prefix rules and suffix letters', () => {
    for (const text of ['AA 12 34 56 H', 'FQ 00 00 00 C', 'BG123612A', 'nt 99 88 77 a', 'UV 98 76 54 B', 'OO 12 34 56 A', 'CR 12 34 56 A']) {
      expect(valuesOf('uk-nino', text)).toEqual([]);
    }
  });
});
