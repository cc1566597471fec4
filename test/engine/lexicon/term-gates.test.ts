import { describe, expect, it } from 'vitest';
import { compileLexicon, matchLexicon } from '../../../src/engine/lexicon/compile.js';
import { termGate } from '../../../src/engine/lexicon/term-gates.js';

describe('termGate', () => {
  it('gates a determiner-led term on the nouns it must contain', () => {
    expect(termGate('(my|our|the)\\s+(\\S+\\s+){0,2}(candle|tupperware)')).toEqual(new Set(['candle', 'tupper']));
  });

  it('picks the least common word of a phrase', () => {
    expect(termGate('at\\s+the\\s+(mgmt|management)\\s+meeting')).toEqual(new Set(['meetin']));
  });

  it('has no gate when one way of matching has none', () => {
    expect(termGate('the\\s+candle|candles')).toBeNull();
    expect(termGate('my\\s+(candle)?')).toBeNull();
  });

  it('has no gate for a word that need not follow white space', () => {
    expect(termGate('(my|the)\\s*candle')).toBeNull();
  });
});

describe('gated terms', () => {
  const lexicon = compileLexicon('gate-test', ['(my|our|the)\\s+(\\S+\\s+){0,2}(candle|tupperware)', 'the\\s+best']);

  it('match as before where the text holds the gate word', () => {
    expect(matchLexicon(lexicon, 'love the new scented candle range')).toEqual([[5, 27]]);
  });

  it('leave the other terms of the same key untouched', () => {
    expect(matchLexicon(lexicon, 'the best day, no candles here')).toEqual([[0, 8]]);
  });
});
