import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { valuesOf } from './helpers.js';

describe('Canadian SIN', () => {
  it('finds Luhn-valid numbers grouped by spaces or hyphens, or run together', () => {
    expect(valuesOf('ca-sin', 'SIN 130 692 544 on file')).toEqual(['130 692 544']);
    expect(valuesOf('ca-sin', 'mon NAS: 258-933-688')).toEqual(['258-933-688']);
    expect(valuesOf('ca-sin', '130692544')).toEqual(['130692544']);
  });
  it('rejects a failed check digit, first digits 0 and 8, one repeated digit and mixed separators', () => {
    for (const text of ['130 692 545', '046 454 286', '812 345 678', '111 111 111', '130-692 544']) {
      expect(valuesOf('ca-sin', text)).toEqual([]);
    }
  });
  it('rates context words above a bare run', () => {
    const [withContext] = findIdentifiers('my social insurance number is 130 692 544');
    const [bare] = findIdentifiers('130692544');
    expect(withContext?.confidence).toBe('high');
    expect(bare?.confidence).toBe('low');
  });
});
