import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../../src/engine/detectors/identifiers/index.js';
import { valuesOf } from './helpers.js';

describe('URLs', () => {
  it('finds scheme, www and known-TLD forms and drops closing punctuation', () => {
    expect(valuesOf('url', 'see https://webhook.site/a8ee?q=1&b=2.')).toEqual(['https://webhook.site/a8ee?q=1&b=2']);
    expect(valuesOf('url', 'my domains: microsoft.com google.co.il')).toEqual(['microsoft.com', 'google.co.il']);
    expect(valuesOf('url', '(voir www.santemontreal.qc.ca)')).toEqual(['www.santemontreal.qc.ca']);
  });
  it('rejects single labels, file names and sentence ends without a space', () => {
    for (const text of ['www.microsoft', 'http://microsoft', 'open report.pdf', 'the end.Next day']) expect(valuesOf('url', text)).toEqual([]);
  });
  it('returns quickly on a string of dots and on a long dotted host', () => {
    expect(findIdentifiers('.'.repeat(3000))).toEqual([]);
    const host = `http://${'a.'.repeat(60)}example.com/path`;
    expect(valuesOf('url', host)).toEqual([host]);
  });
});
