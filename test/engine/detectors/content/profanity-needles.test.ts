import { pattern } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { ANY_UNIT, needleAutomaton, needlesOf, stepNeedles, type NeedleNode } from '../../../../src/engine/detectors/content/profanity-needles.js';

const nodes = (source: TemplateStringsArray) => pattern(source).nodes as unknown as NeedleNode[];
const bytes = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));
/** Whether any needle occurs in the first `length` units, the automaton stepped as the collapse loop steps it. */
function needleScan(needles: readonly string[]): (units: Uint16Array, length: number) => boolean {
  const automaton = needleAutomaton(needles);
  return (units, length) => {
    let state = 0;
    for (let i = 0; i < length; i++) {
      state = stepNeedles(automaton, state, units[i] as number);
      if (automaton.ends[state] === 1) return true;
    }
    return false;
  };
}

describe('profanity needles', () => {
  it('takes the rarest stretch every match holds', () => {
    expect(needlesOf(nodes`danal`)).toEqual(['danal']);
    // "bb" collapses to "b", so the optional b never matches after the needed one
    expect(needlesOf(nodes`ab[b]eed`)).toEqual(['abed']);
  });

  it('spells a wildcard and an optional letter every way they may be written', () => {
    const fck = needleScan(needlesOf(nodes`f?ck`) ?? []);
    for (const written of ['fck', 'fuck', 'f*ck', 'f0ck', 'f\u00e9ck']) expect(fck(bytes(written), written.length), written).toBe(true);
    for (const other of ['fk', 'ck', 'back', 'f  ck']) expect(fck(bytes(other), other.length), other).toBe(false);
    expect(needlesOf(nodes`p[u]ssy`)).toEqual(expect.arrayContaining(['psy', 'pusy']));
  });

  it('finds a needle anywhere in the units, ANY_UNIT standing for any one unit, ASCII or not', () => {
    const scan = needleScan(['danal', `f${ANY_UNIT}ck`]);
    expect(scan(bytes('a plain sentence'), 16)).toBe(false);
    expect(scan(bytes('xx danal'), 8)).toBe(true);
    expect(scan(bytes('dandanal'), 8)).toBe(true); // after a partial match that failed
    expect(scan(bytes('f\u00e9ck'), 4)).toBe(true);
    expect(scan(bytes('xx danal'), 7)).toBe(false); // only the first `length` units
  });

  it('gives the automaton to step unit by unit, which finds what the scan finds', () => {
    const needles = ['danal', `f${ANY_UNIT}ck`, 'as'];
    const scan = needleScan(needles);
    const { table, classes, classOf, ends } = needleAutomaton(needles);
    for (const text of ['a plain sentence', 'xx danal', 'dandanal', 'f\u00e9ck', 'f\u00e9\u00e9ck', 'bass', '']) {
      let state = 0;
      let found = false;
      for (const unit of bytes(text)) {
        state = table[state * classes + (unit < 0x80 ? (classOf[unit] as number) : 0)] as number;
        if (ends[state] === 1) found = true;
      }
      expect(found, text).toBe(scan(bytes(text), text.length));
    }
  });
});
