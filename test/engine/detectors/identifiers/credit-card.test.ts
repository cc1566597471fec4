import { describe, expect, it } from 'vitest';
import { valuesOf } from './helpers.js';

describe('credit cards', () => {
  it('finds Luhn-valid cards run together or grouped, several in a row', () => {
    expect(valuesOf('credit-card', '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881')).toEqual([
      '4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881',
    ]);
    expect(valuesOf('credit-card', 'amex 3714 496353 98431')).toEqual(['3714 496353 98431']);
  });
  it('rejects failed Luhn and implausible issuer lengths', () => {
    expect(valuesOf('credit-card', 'card 4012-8888-8888-1882')).toEqual([]);
    expect(valuesOf('credit-card', '1748503543012')).toEqual([]);
  });
});
