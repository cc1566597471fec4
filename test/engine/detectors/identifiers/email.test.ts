import { describe, expect, it } from 'vitest';
import { valuesOf } from './helpers.js';

describe('emails', () => {
  it('finds addresses, including punycode domains and quoted ones', () => {
    expect(valuesOf('email', 'try info@presidio.site or anotherinfo@presidio.site')).toEqual(['info@presidio.site', 'anotherinfo@presidio.site']);
    expect(valuesOf('email', 'a@xn--d1acufc.xn--p1ai')).toEqual(['a@xn--d1acufc.xn--p1ai']);
    expect(valuesOf('email', "écrivez à 'marie.o'neil@cisss.example.qc.ca'.")).toEqual(["marie.o'neil@cisss.example.qc.ca"]);
  });
  it('rejects a domain with no top-level domain and a lone @', () => {
    expect(valuesOf('email', 'my email is info@presidio.')).toEqual([]);
    expect(valuesOf('email', '@ the clinic @home')).toEqual([]);
  });
  it('does not report a number inside an address as a separate hit', () => {
    expect(valuesOf('phone', 'write to 4165550143@sms.example.com')).toEqual([]);
  });
});
