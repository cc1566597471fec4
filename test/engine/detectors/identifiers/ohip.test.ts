import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { valuesOf } from './helpers.js';

describe('Ontario health number', () => {
  it('finds the card form with or without a version code', () => {
    expect(valuesOf('ohip', 'health card 1234-567-897 AB')).toEqual(['1234-567-897 AB']);
    expect(valuesOf('ohip', 'OHIP 1234 - 567 - 897')).toEqual(['1234 - 567 - 897']);
    expect(valuesOf('ohip', 'card 1234 567 897')).toEqual(['1234 567 897']);
  });
  it('rejects a number failing Luhn', () => {
    expect(valuesOf('ohip', 'health card 1234 567 890')).toEqual([]);
  });
  it('is high confidence with a context word, medium on the card grouping alone', () => {
    expect(findIdentifiers('OHIP: 1234 567 897')[0]?.confidence).toBe('high');
    expect(findIdentifiers('ref 1234 567 897')[0]?.confidence).toBe('medium');
  });
});
