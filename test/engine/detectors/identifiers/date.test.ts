import { describe, expect, it } from 'vitest';
import { valuesOf } from './helpers.js';

describe('dates', () => {
  it('finds numeric, ISO and month-name dates in English, French and Welsh', () => {
    expect(valuesOf('date', 'Today is 5/20/2021')).toEqual(['5/20/2021']);
    expect(valuesOf('date', 'Today is 2024-06-05T09:15:30.500-07:00 or not?')).toEqual(['2024-06-05T09:15:30.500-07:00']);
    expect(valuesOf('date', 'on May 1st, 1977 we met')).toEqual(['May 1st, 1977']);
    expect(valuesOf('date', 'le 1er mai 1980')).toEqual(['1er mai 1980']);
    expect(valuesOf('date', 'ar 5 Mehefin 2021')).toEqual(['5 Mehefin 2021']);
    expect(valuesOf('date', 'Today is 5-MAY-2021')).toEqual(['5-MAY-2021']);
  });
  it('takes a bare year as a weak date, not digits inside longer numbers', () => {
    expect(valuesOf('date', 'I bought my car in 1972')).toEqual(['1972']);
    expect(valuesOf('date', 'AT61 1904 3002 3457 3201')).toEqual([]);
  });
  it('takes a month named after a preposition of time as a weak date, never the verb "may" or a march', () => {
    expect(valuesOf('date', 'I bought my car in May')).toEqual(['May']);
    expect(valuesOf('date', 'Closed until September, sorry!')).toEqual(['September']);
    expect(valuesOf('date', 'On attend depuis mars.')).toEqual(['mars']);
    expect(valuesOf('date', 'Ar gau ym mis Awst.')).toEqual(['Awst']);
    for (const text of ['You may come in march', 'March with us on Saturday', 'May I ask?', 'Les mars et les snickers', 'in june bugs we trust']) {
      expect(valuesOf('date', text), text).toEqual([]);
    }
  });

  it('rejects glued text, impossible dates and 24/7', () => {
    for (const text of ['Today is5/21', 'Today is2024-06-05T09:15:30.500-07:00', 'open 24/7', '13/13/2021', 'you may 5 times']) {
      expect(valuesOf('date', text)).toEqual([]);
    }
  });
});
