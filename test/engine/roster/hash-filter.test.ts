import { describe, expect, it } from 'vitest';
import { HashFilter, hashRange, mayHaveOneDeletion } from '../../../src/engine/roster/hash-filter.js';
import { foldText } from '../../../src/engine/roster/fold.js';
import { tokenizeFolded, tokenizeForScan, type Tokens } from '../../../src/engine/roster/tokenize.js';

const hashOf = (word: string): number => hashRange(word, 0, word.length);

function filterOf(words: readonly string[]): HashFilter {
  const filter = new HashFilter(words.length);
  for (const word of words) filter.add(hashOf(word));
  return filter;
}

describe('hash filter', () => {
  it('never turns a member away', () => {
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}x`);
    const filter = filterOf(words);
    for (const word of words) expect(filter.has(hashOf(word))).toBe(true);
  });

  it('finds a word whose one-letter deletion is a member, inside a longer text', () => {
    const filter = filterOf(['tremblay', 'gagnon']);
    const text = 'hello trembllay and gagnnon, bye';
    expect(mayHaveOneDeletion(filter, text, 6, 15)).toBe(true); // "trembllay" less one l
    expect(mayHaveOneDeletion(filter, text, 20, 27)).toBe(true); // "gagnnon" less one n
    expect(mayHaveOneDeletion(filter, 'tremblay', 0, 8)).toBe(true); // the word itself
  });

  it('turns most unrelated words away', () => {
    const filter = filterOf(['tremblay', 'gagnon', 'protheroe']);
    const words = 'the morning coffee library community volunteers planted forty trees reading'.split(' ');
    expect(words.filter((word) => mayHaveOneDeletion(filter, word, 0, word.length)).length).toBeLessThanOrEqual(1);
  });
});

describe('tokens', () => {
  it('hash each key as hashRange does, accents, marks and astral letters included', () => {
    const text = 'Zoë Ødegaard-Nakamura o\u0301scar e\u200Bva 𝒜lice Jayden\u2019s 42';
    const tokens = tokenizeFolded(foldText(text));
    const keys = Array.from({ length: tokens.count }, (_, j) => tokens.key(j));
    expect(keys).toEqual(['zoe', 'odegaard', 'nakamura', 'oscar', 'eva', '𝒜lice', 'jayden', 's', '42']);
    for (let j = 0; j < tokens.count; j++) expect(tokens.hash(j)).toBe(hashOf(keys[j] ?? ''));
  });
});

describe('tokens of a search (shared buffer)', () => {
  const spans = (tokens: Tokens): string[] => Array.from({ length: tokens.count }, (_, j) => `${tokens.start(j)}-${tokens.end(j)}:${tokens.key(j)}`);

  it('are those of tokenizeFolded, for short texts and for texts longer than the shared buffer', () => {
    const short = foldText('Jayden T. met Zoë at the library.');
    const long = foldText('Rose Tremblay, '.repeat(10_000));
    for (const text of [short, long, short]) expect(spans(tokenizeForScan(text))).toEqual(spans(tokenizeFolded(text)));
  });
});
