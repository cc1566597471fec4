import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { englishProfanityIn, mayHoldEnglishProfanity } from '../../../../src/engine/detectors/content/english-profanity.js';

const reference = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const spansOf = (text: string) => reference.getAllMatches(text, true).map((m) => [m.startIndex, m.endIndex + 1]);

const WORDS = ['fuck', 'shit', 'bitch', 'cunt', 'asshole', 'bastard', 'dick', 'cock', 'pussy', 'slut', 'whore', 'wanker',
  'twat', 'bollocks', 'motherfucker', 'dumbass', 'jerkoff', 'blowjob', 'nigger', 'faggot', 'retard', 'dildo', 'porn', 'piss'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };

/** The ways people dodge filters: repeated letters, leet, capitals, look-alike letters, punctuation. */
function disguises(word: string): string[] {
  return [
    word, word.toUpperCase(), word.replace(/([aeiou])/, '$1$1$1$1'), word.replace(/[aeiost]/g, (c) => LEET[c] ?? c),
    word.replace(/u/g, 'v'), word.replace(/i/g, '!'), word.replace(/o/g, '0'), word.replace(/a/g, '@'), word.replace(/s/g, '5'),
    [...word].map((c) => String.fromCodePoint(0xff00 + c.charCodeAt(0) - 0x20)).join(''), // fullwidth forms
    word.replace(/c/g, 'ç').replace(/e/g, 'é'), `${word}${word.slice(-1).repeat(6)}`, word.split('').join(''),
  ];
}

describe('english profanity prefilter', () => {
  it('never skips a text the obscenity matcher flags, however the word is disguised', () => {
    for (const word of WORDS) {
      for (const disguised of disguises(word)) {
        for (const text of [disguised, `well ${disguised} that`, `(${disguised})!`, `${disguised}s everywhere`]) {
          expect(englishProfanityIn(text).map((m) => [m.start, m.end]), text).toEqual(spansOf(text));
        }
      }
    }
  });

  it('lets ordinary health and community posts through without running the matcher', () => {
    const clean = [
      'Our team spent the afternoon learning about trauma-informed practice; the class was excellent.',
      'Nous avons passé une belle journée de formation avec l’équipe du CLSC.',
      'Diolch i bawb a ddaeth i’r digwyddiad yn y llyfrgell ddydd Sadwrn.',
      'Check the cocktail recipe at the bottom: classic, simple, and no sugar.',
    ];
    for (const text of clean) {
      expect(spansOf(text), text).toEqual([]);
      expect(mayHoldEnglishProfanity(text), text).toBe(false);
    }
  });

  it('leaves words the dataset allows (assessment, assistance) to the matcher, which finds nothing', () => {
    const text = 'The assessment clinic opens at nine. Assistance with forms is available at reception.';
    expect(englishProfanityIn(text)).toEqual([]);
  });

  it('reports spans in the original text, after emoji and accents', () => {
    const text = 'Café ☕ 🎉 what a sh1t day';
    expect(new Set(englishProfanityIn(text).map((m) => text.slice(m.start, m.end)))).toEqual(new Set(['sh1t']));
  });

  it('reads the same whatever characters the text holds besides: ASCII, accents, other scripts, emoji, lone surrogates', () => {
    for (const around of ['', 'café ', '東京 ', '🎉 ', '\ud800 ', 'a\udc00 ', 'naïve 🎉 \ud800']) {
      for (const text of [`${around}what a sh1t day`, `${around}f*ck`, `${around}kiss my @ss`, `${around}assessment`]) {
        expect(englishProfanityIn(text).map((m) => [m.start, m.end]), text).toEqual(spansOf(text));
      }
    }
  });

  it('finds words inside longer words as the matcher does, with or without characters past ASCII elsewhere', () => {
    const inside = ['motherfucker', 'xdanalx', 'thef*ckingthing', 'prefingerbang', 'bigblowjob', 'megadildos', 'f\u00e9ck', 'f ck', 'orgasmic'];
    for (const word of inside) {
      for (const text of [`well ${word} then`, `café ${word}`, `${word}🎉`]) {
        expect(englishProfanityIn(text).map((m) => [m.start, m.end]), text).toEqual(spansOf(text));
      }
    }
  });

  it('decides a place by what is before it: the start of the text, a space, or a letter', () => {
    for (const text of ['ass', 'an ass', 'bass', 'ass ass', 'glass ass', 'ass.', 'sass', 'ass']) {
      expect(englishProfanityIn(text).map((m) => [m.start, m.end]), text).toEqual(spansOf(text));
    }
  });

  it('copes with lone surrogates, combining marks and long texts', () => {
    expect(() => englishProfanityIn('\ud800 a\u0301b \udc00 '.repeat(1000))).not.toThrow();
    expect(englishProfanityIn('calm words only. '.repeat(20_000))).toEqual([]);
  });
});

describe('english profanity: words screened alone', () => {
  /** A seeded generator, so a failure names a text that can be replayed. */
  function seeded(seed: number): () => number {
    let a = seed;
    return () => ((a = (a * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  }
  const dataset = englishDataset.build();
  // The allowed words and phrases of the dataset (kung fu, assessment, Scunthorpe…), the words it
  // forbids, disguised, and ordinary words: every kind of place the prefilter stops at.
  const pieces = [
    ...(dataset.whitelistedTerms ?? []),
    ...WORDS.flatMap((w) => disguises(w).slice(0, 5)),
    'class', 'assistance', 'Assessment', 'cocktail', 'Sussex', 'therapist', 'analysis', 'grass', 'compass', 'fu', 'kung', 'pen', 'is', 'hit', 's',
    'the', 'team', 'met', 'today', 'at', 'a', 'big', '🎉', 'café',
  ];
  const glue = [' ', ' ', '  ', ', ', '. ', '\n', ' - ', '\u00a0', ' (', ') ', '!'];

  it('finds exactly what the matcher finds over the whole text', () => {
    const random = seeded(5);
    for (let n = 0; n < 600; n++) {
      const text = Array.from({ length: 12 }, () => `${pieces[Math.floor(random() * pieces.length)]}${glue[Math.floor(random() * glue.length)]}`).join('');
      const ours = englishProfanityIn(text).map((m) => [m.start, m.end]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      const theirs = spansOf(text).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      expect(ours, text).toEqual(theirs);
    }
  });

  it('finds exactly what the matcher finds in a long text dense with places to look at, read in stretches', () => {
    const random = seeded(9);
    const text = Array.from({ length: 2_500 }, () => `${pieces[Math.floor(random() * pieces.length)]}${glue[Math.floor(random() * glue.length)]}`).join('');
    expect(text.length).toBeGreaterThan(3 * 4096);
    const ours = englishProfanityIn(text).map((m) => [m.start, m.end]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(ours).toEqual(spansOf(text).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('answers the same for a word met again, however the text around it changes', () => {
    const first = englishProfanityIn('The assessment went well, you ass.');
    const again = englishProfanityIn('Second assessment today: what an ass!');
    expect(first.map((m) => m.word)).toEqual(['ass']);
    expect(again.map((m) => m.word)).toEqual(['ass']);
  });
});
