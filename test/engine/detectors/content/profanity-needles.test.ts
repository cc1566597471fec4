import { pattern } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { needleScan, needlesOf, type NeedleNode } from '../../../../src/engine/detectors/content/profanity-needles.js';

const nodes = (source: TemplateStringsArray) => pattern(source).nodes as unknown as NeedleNode[];
const bytes = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));

describe('profanity needles', () => {
  it('takes the rarest stretch every match holds', () => {
    expect(needlesOf(nodes`danal`)).toEqual(['danal']);
    // "bb" collapses to "b", so the optional b never matches after the needed one
    expect(needlesOf(nodes`ab[b]eed`)).toEqual(['abed']);
  });

  it('spells a wildcard and an optional letter every way they may be written', () => {
    const needles = needlesOf(nodes`f?ck`) ?? [];
    for (const written of ['fck', 'fuck', 'f*ck', 'f0ck', 'f\u0080ck']) expect(needles).toContain(written);
    expect(needlesOf(nodes`p[u]ssy`)).toEqual(expect.arrayContaining(['psy', 'pusy']));
  });

  it('finds a needle anywhere in the units, a unit past ASCII standing for any', () => {
    const scan = needleScan(['danal', 'f\u0080ck']);
    expect(scan(bytes('a plain sentence'), 16)).toBe(false);
    expect(scan(bytes('xx danal'), 8)).toBe(true);
    expect(scan(bytes('dandanal'), 8)).toBe(true); // after a partial match that failed
    expect(scan(bytes('f\u00e9ck'), 4)).toBe(true);
    expect(scan(bytes('xx danal'), 7)).toBe(false); // only the first `length` units
  });
});
