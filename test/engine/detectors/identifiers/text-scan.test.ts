import { describe, expect, it } from 'vitest';
import { digitRunsOf, forEachMatch, forEachMatchAtRuns, type AtRuns } from '../../../../src/engine/detectors/identifiers/text-scan.js';

function spans(run: (onMatch: (m: RegExpExecArray) => void) => void): string[] {
  const out: string[] = [];
  run((m) => out.push(`${m.index}:${m[0]}`));
  return out;
}

describe('digitRunsOf', () => {
  it('gives the runs of ASCII digits and how many digits they hold', () => {
    expect(digitRunsOf('a12 b3 ٣ 4567')).toEqual({ bounds: [1, 3, 5, 6, 9, 13], count: 7 });
    expect(digitRunsOf('no digits')).toEqual({ bounds: [], count: 0 });
  });
});

describe('forEachMatchAtRuns', () => {
  // Each pattern's matches hold the first (or last) digit of a run within their first `lead + 1`
  // characters, followed by at least `shortest` digits in a row.
  const patterns: ReadonlyArray<readonly [string, string, AtRuns]> = [
    ['\\d(?<![\\p{L}\\p{N}]\\d)\\d*', 'u', {}],
    ['(?<![\\p{L}\\p{N}])\\d{3}(?!\\d)', 'u', { shortest: 3 }],
    ['(?:\\+|\\(\\s?)?\\d(?:[\\d ().-]*\\d)?', 'u', { lead: 2 }],
    ['(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}', 'iu', { lead: 2, shortest: 2 }],
    ['(?:CAS|CASE)-\\d{2,}', 'u', { lead: 5, shortest: 2 }],
    ['\\d[A-Z]{2}(?![\\p{L}\\p{N}])', 'iu', { digit: 'last' }],
    // a date's first numbers: up to 4 digits, then a separator (runs of 5 or more, or followed by anything else, skipped)
    ['\\d(?<![\\p{L}\\p{N}./-]\\d)\\d{0,3}[-/.]\\d{1,2}', 'u', { longest: 4, followedBy: '-/.' }],
    ['(?<![\\p{L}\\p{N}])\\d{2}(?!\\p{N})', 'u', { shortest: 2, longest: 2 }],
  ];
  const texts = [
    '', 'call (555) 123-4567 or +44 20 7946 0958', 'ab12 AB12 xAB12 12AB12', 'CASE-1234 CAS-99 xCASE-12',
    '😀( 5 and 😀+1 and ((( 7', '11111111', 'a1b2c3 d4', 'ends with 9', 'SW1A 1AA, 12ab 3xy 44AB', '1 2 3-4 (5)6', '12 123 1234 x123 AB1 AB12',
    '2021-05-21 12345-6 1/2 99.5 3/ 7-', '14/03/1996, 5.21 and 123456/7 at the end 12/',
  ];
  for (const [source, flags, where] of patterns) {
    it(`finds what a global scan finds: /${source}/`, () => {
      const global = new RegExp(source, `g${flags}`);
      const sticky = new RegExp(source, `y${flags}`);
      for (const text of texts) {
        expect(spans((f) => forEachMatchAtRuns(sticky, text, digitRunsOf(text), where, f)), text)
          .toEqual(spans((f) => forEachMatch(global, text, f)));
      }
    });
  }
});
