import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { isFictionNumber } from '../../../../src/engine/detectors/identifiers/phone-fiction.js';
import { valuesOf } from './helpers.js';

describe('phones', () => {
  it('finds Canadian and UK numbers in their usual written forms', () => {
    expect(valuesOf('phone', 'Call (416) 555-0143 or 613.555.0199 today')).toEqual(['(416) 555-0143', '613.555.0199']);
    expect(valuesOf('phone', 'Ffoniwch 029 2018 0123 neu +44 (0)20 7946 0958')).toEqual(['029 2018 0123', '+44 (0)20 7946 0958']);
    expect(valuesOf('phone', 'appelez le +1 514 555 0101')).toEqual(['+1 514 555 0101']);
  });
  it('keeps Ofcom drama numbers and 555-01xx fiction numbers', () => {
    expect(valuesOf('phone', 'text 07700 900123')).toEqual(['07700 900123']);
    expect(isFictionNumber('7700900123')).toBe(true);
    expect(isFictionNumber('4165550143')).toBe(true);
    expect(isFictionNumber('4165551234')).toBe(false);
  });
  it('needs context for a possible but unvalidated number', () => {
    expect(valuesOf('phone', 'tel 555-0123')).toEqual(['555-0123']);
    expect(valuesOf('phone', 'we had 555-0123 visits')).toEqual([]);
  });
  it('reads a valid number written with its country code but no "+" as international', () => {
    expect(valuesOf('phone', 'my number in India is 91-415-555-0132')).toEqual(['91-415-555-0132']);
    expect(valuesOf('phone', 'WhatsApp me on 44 20 7946 0958')).toEqual(['44 20 7946 0958']);
    // Not a valid number with any country code: an ISBN, an order number.
    expect(valuesOf('phone', 'ISBN 978-0-306-40615-7, order 12-345-678-9012')).toEqual([]);
  });
  it('is high confidence next to a phone word', () => {
    expect(findIdentifiers('mobile: 416-555-0143')[0]).toMatchObject({ kind: 'phone', confidence: 'high' });
  });
});
