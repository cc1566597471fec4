import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/contract/result.js';
import { groupFindings, segmentBySpans } from '../../../src/cli/scan/highlight.js';
import { csvCell } from '../../../src/cli/scan/render-csv.js';
import { escapeHtml } from '../../../src/cli/scan/render-html.js';

function finding(span?: [number, number], rule = 'pack/rule'): Finding {
  return {
    category: 'personal-data', rule, severity: 'warn', message: 'm', remedy: 'r', approver: null,
    clause: { pack: 'p', section: '1', text: 'clause' }, ...(span && { span }),
  };
}

describe('report helpers', () => {
  it('cuts text into marked runs, merging overlapping and clamping out-of-range spans', () => {
    expect(segmentBySpans('call 613 555 now', [finding([5, 12]), finding([9, 16]), finding([20, 30])])).toEqual([
      { text: 'call ', marked: false },
      { text: '613 555 now', marked: true },
    ]);
    expect(segmentBySpans('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });

  it('groups the findings of one rule and lists the words they point at', () => {
    const groups = groupFindings('a b a', [finding([0, 1]), finding([2, 3]), finding([4, 5]), finding(undefined, 'pack/other')]);
    expect(groups.map((group) => [group.finding.rule, group.matches])).toEqual([['pack/rule', ['a', 'b']], ['pack/other', []]]);
  });

  it('quotes CSV cells and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(undefined)).toBe('');
  });

  it('escapes HTML for text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
