import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { kindsIn } from './helpers.js';

describe('findIdentifiers', () => {
  it('reports spans as UTF-16 offsets, also after emoji', () => {
    const text = '🌱🌱 call 416-555-0143';
    const [hit] = findIdentifiers(text);
    expect(hit).toMatchObject({ kind: 'phone', value: '416-555-0143' });
    expect(text.slice(hit!.span[0], hit!.span[1])).toBe('416-555-0143');
  });
  it('only runs the kinds asked for', () => {
    const text = 'call 416-555-0143 or write to a@b.ca';
    expect(findIdentifiers(text, { kinds: ['email'] }).map((hit) => hit.kind)).toEqual(['email']);
    expect(findIdentifiers(text, { kinds: [] })).toEqual([]);
  });
  it('resolves an ambiguous 10-digit number by grouping and context', () => {
    // 943 476 5919 passes NHS mod 11; with "NHS" it is an NHS number.
    expect(kindsIn('NHS 943 476 5919')).toEqual(['nhs-number']);
    // 1234 567 897 passes Luhn; the 4-3-3 card grouping makes it an Ontario health number.
    expect(kindsIn('1234 567 897')).toEqual(['ohip']);
    // 416 555 0140 is a valid Toronto number that also passes mod 11: without NHS context it is a phone.
    expect(kindsIn('416 555 0140')).toEqual(['phone']);
    expect(kindsIn('NHS no 416 555 0140')).toEqual(['nhs-number']);
  });
  it('never throws or hangs on edge input', () => {
    expect(findIdentifiers('')).toEqual([]);
    expect(findIdentifiers('\u0000\uD800\uDFFF\uFFFF')).toEqual([]);
    const big = 'a1 2.3:4@5 '.repeat(100_000);
    expect(Array.isArray(findIdentifiers(big))).toBe(true);
    expect(Array.isArray(findIdentifiers('9'.repeat(1_000_000)))).toBe(true);
    expect(Array.isArray(findIdentifiers('a'.repeat(1_000_000)))).toBe(true);
    expect(findIdentifiers('May 1 '.repeat(160_000)).length).toBeGreaterThan(0);
    expect(findIdentifiers('416-555-0143 '.repeat(80_000))).toHaveLength(80_000);
  });
  it('leaves out months named alone when asked, and nothing else', () => {
    const text = 'Seen since March, she lives at 45 Queen Street, born 12/03/1980, in 1999, depuis mars, 0207 946 0958.';
    const all = findIdentifiers(text);
    const withoutMonths = findIdentifiers(text, { monthsAlone: false });
    expect(all.filter((hit) => hit.value === 'March' || hit.value === 'mars')).toHaveLength(2);
    expect(withoutMonths).toEqual(all.filter((hit) => hit.value !== 'March' && hit.value !== 'mars'));
  });
  it('is deterministic', () => {
    const text = 'DOB 12/03/1980, NHS 943 476 5919, M5H 2N2, info@example.org';
    expect(findIdentifiers(text)).toEqual(findIdentifiers(text));
  });
});
