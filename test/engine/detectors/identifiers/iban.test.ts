import { describe, expect, it } from 'vitest';
import { passesIbanMod97 } from '../../../../src/engine/detectors/identifiers/iban.js';
import { valuesOf } from './helpers.js';

describe('IBAN', () => {
  it('checks ISO 7064 mod 97', () => {
    expect(passesIbanMod97('GB29NWBK60161331926819')).toBe(true);
    expect(passesIbanMod97('GB29NWBK60161331926818')).toBe(false);
  });
  it('ends at the country length, in groups of four or run together', () => {
    expect(valuesOf('iban', 'pay to GB29 NWBK 6016 1331 9268 19 X thanks')).toEqual(['GB29 NWBK 6016 1331 9268 19']);
    expect(valuesOf('iban', 'AL47212110090000000235698741, AL47-2121-1009-0000-0002-3569-8741')).toEqual([
      'AL47212110090000000235698741', 'AL47-2121-1009-0000-0002-3569-8741',
    ]);
  });
  it('rejects unknown countries, lower case, slashes and over-long codes', () => {
    for (const text of ['ZZ29 NWBK 6016 1331 9268 19', 'LV80 bANK 0000 4351 9500 1', 'AL47/2121/1009/0000/0002/3569/8741',
      'IL15 0120 6900 0000 3111 0120 6900 0000 3111 141']) {
      expect(valuesOf('iban', text)).toEqual([]);
    }
  });
});
