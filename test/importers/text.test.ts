import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsAssignmentToJson } from '../../src/importers/json/js-assignment.js';
import { repairLinkedInLines } from '../../src/importers/readers/linkedin.js';
import { normalizeDate } from '../../src/importers/text/dates.js';
import { htmlToText } from '../../src/importers/text/html.js';
import { repairMojibake } from '../../src/importers/text/mojibake.js';

async function toJson(chunks: string[]): Promise<string> {
  let out = '';
  for await (const chunk of Readable.from(chunks.map((text) => Buffer.from(text))).pipe(new JsAssignmentToJson())) {
    out += String(chunk);
  }
  return out;
}

describe('JsAssignmentToJson', () => {
  it('strips the assignment, trailing commas and a final semicolon', async () => {
    expect(await toJson(['Grailbird.data.tweets_2013_11 = \n[ {"a" : [1, 2, ], }, ];\n'])).toBe('[ {"a" : [1, 2 ] } ]');
  });

  it('gives the same result however the input is cut into chunks', async () => {
    const source = 'window.YTD.tweets.part0 = [{"t":"a, ]\\" {"}, \n ]';
    const whole = await toJson([source]);
    expect(JSON.parse(whole)).toEqual([{ t: 'a, ]" {' }]);
    for (let cut = 1; cut < source.length; cut++) {
      expect(await toJson([source.slice(0, cut), source.slice(cut)])).toBe(whole);
    }
  });

  it('keeps multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('["é🎉"]');
    const parts: Buffer[] = [bytes.subarray(0, 3), bytes.subarray(3, 6), bytes.subarray(6)];
    let out = '';
    for await (const chunk of Readable.from(parts).pipe(new JsAssignmentToJson())) out += String(chunk);
    expect(JSON.parse(out)).toEqual(['é🎉']);
  });
});

describe('text repairs', () => {
  it('repairs Facebook mojibake and leaves clean text alone', () => {
    expect(repairMojibake('Journ\u00c3\u00a9e \u00f0\u009f\u008e\u0089')).toBe('Journée 🎉');
    expect(repairMojibake('déjà vu')).toBe('déjà vu');
    expect(repairMojibake('Journée 🎉')).toBe('Journée 🎉');
  });

  it('removes LinkedIn per-line quotes only when every line has them', () => {
    expect(repairLinkedInLines('one"\n""\n"two "quoted""\n"three')).toBe('one\n\ntwo "quoted"\nthree');
    expect(repairLinkedInLines('plain\nlines')).toBe('plain\nlines');
  });

  it('turns Mastodon HTML into text', () => {
    expect(htmlToText('<p>Hi <span class="h-card"><a href="x">@<span>bob</span></a></span> &amp; you</p><p>Line<br>two</p>'))
      .toBe('Hi @bob & you\n\nLine\ntwo');
  });

  it('normalizes archive dates to ISO 8601 with an offset', () => {
    expect(normalizeDate('Thu Apr 23 15:56:28 +0000 2015')).toBe('2015-04-23T15:56:28+00:00');
    expect(normalizeDate('2013-11-28 13:37:46 +0000')).toBe('2013-11-28T13:37:46+00:00');
    expect(normalizeDate('2025-07-01 14:33:22')).toBe('2025-07-01T14:33:22Z');
    expect(normalizeDate('2023-03-28T22:44:50.422Z')).toBe('2023-03-28T22:44:50.422Z');
    expect(normalizeDate('last Tuesday')).toBeUndefined();
  });
});
