import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { valuesOf } from './helpers.js';

describe('street addresses', () => {
  it('finds English, French and Welsh forms', () => {
    expect(valuesOf('street-address', 'she lives at 45 Queen Street now')).toEqual(['45 Queen Street']);
    expect(valuesOf('street-address', 'au 123, rue Principale à Gaspé')).toEqual(['123, rue Principale']);
    expect(valuesOf('street-address', 'yn byw yn 12 Heol y Bont')).toEqual(['12 Heol y Bont']);
    expect(valuesOf('street-address', '1234 boul. René-Lévesque')).toEqual(['1234 boul. René-Lévesque']);
    expect(valuesOf('street-address', 'at 221B Baker St. yesterday')).toEqual(['221B Baker St.']);
  });
  it('does not take a count followed by ordinary words', () => {
    expect(valuesOf('street-address', 'we saw 12 families on the street today')).toEqual([]);
  });
  it('is high confidence with an address word', () => {
    expect(findIdentifiers('adresse : 45 rue Champlain')[0]).toMatchObject({ kind: 'street-address', confidence: 'high' });
  });
});
