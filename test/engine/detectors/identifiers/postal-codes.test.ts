import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { valuesOf } from './helpers.js';

describe('Canadian postal codes', () => {
  it('finds codes with or without the space, in either case', () => {
    expect(valuesOf('ca-postal-code', '100 Queen St W, Toronto, ON M5H 2N2')).toEqual(['M5H 2N2']);
    expect(valuesOf('ca-postal-code', 'code postal h2x1y4?')).toEqual([]);
    expect(valuesOf('ca-postal-code', 'code postal h2x 1y4')).toEqual(['h2x 1y4']);
    expect(valuesOf('ca-postal-code', 'G1R4P5')).toEqual(['G1R4P5']);
  });
  it('rejects letters Canada Post never uses and W or Z first', () => {
    for (const text of ['D1A 1A1', 'K1A 0O1', 'W1A 1A1', 'Z1A 1A1', 'M5H 2N2X']) expect(valuesOf('ca-postal-code', text)).toEqual([]);
  });
  it('raises confidence with address words', () => {
    expect(findIdentifiers('postal code K1A 0B1')[0]).toMatchObject({ kind: 'ca-postal-code', confidence: 'high' });
  });
});

describe('UK postcodes', () => {
  it('finds every outward format, GIR 0AA, and lower case with a space', () => {
    const codes = ['M1 1AA', 'M60 1NW', 'W1A 1HQ', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'GIR 0AA', 'EC1A1BB', 'cf10 1aa'];
    for (const code of codes) expect(valuesOf('uk-postcode', `send it to ${code} please`)).toEqual([code]);
  });
  it('keeps offsets exact after characters whose upper case is longer', () => {
    const text = 'Straße ß CF10 1AA';
    const [hit] = findIdentifiers(text);
    expect(hit?.span).toEqual([9, 17]);
    expect(hit?.value).toBe('CF10 1AA');
  });
  it('rejects forbidden letters and codes inside words', () => {
    for (const text of ['QA1 1AA', 'VA1 1AA', 'M1 1CA', 'M1 1AI', 'ABCM11AADEF', 'CSS colour #ff00aa']) {
      expect(valuesOf('uk-postcode', text)).toEqual([]);
    }
  });
});
