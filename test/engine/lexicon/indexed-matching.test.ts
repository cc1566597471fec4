import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, hasLexicon, matchLexicon, type Lexicon } from '../../../src/engine/lexicon/compile.js';
import { termKeys } from '../../../src/engine/lexicon/term-keys.js';
import { foldText } from '../../../src/engine/text/fold.js';
import * as accounts from '../../../src/engine/lexicon/terms/accounts.js';
import * as clinical from '../../../src/engine/lexicon/terms/clinical.js';
import * as commerce from '../../../src/engine/lexicon/terms/commerce.js';
import * as conduct from '../../../src/engine/lexicon/terms/conduct.js';
import * as identification from '../../../src/engine/lexicon/terms/identification.js';
import * as organization from '../../../src/engine/lexicon/terms/organization.js';
import * as people from '../../../src/engine/lexicon/terms/people.js';
import * as places from '../../../src/engine/lexicon/terms/places.js';
import * as politics from '../../../src/engine/lexicon/terms/politics.js';
import * as voice from '../../../src/engine/lexicon/terms/voice.js';
import * as welsh from '../../../src/engine/lexicon/terms/welsh.js';
import * as work from '../../../src/engine/lexicon/terms/work.js';

const TERM_MODULES: Record<string, Record<string, unknown>> = { accounts, clinical, commerce, conduct, identification, organization, people, places, politics, voice, welsh, work };
const lexicons: { name: string; terms: string[]; lexicon: Lexicon }[] = Object.entries(TERM_MODULES).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) => {
    if (Array.isArray(value) && value.every((t) => typeof t === 'string')) return [{ name: `${file}:${name}`, terms: value as string[], lexicon: compileLexicon(name, value as string[]) }];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.entries(value).filter(([, v]) => Array.isArray(v)).map(([k, v]) => ({ name: `${file}:${name}.${k}`, terms: v as string[], lexicon: compileLexicon(`${name}.${k}`, v as string[]) }));
    }
    return [];
  }));

/** What matching was before the index: one global scan of the whole text. */
function scan(lexicon: Lexicon, folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = new RegExp(lexicon.pattern.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A seeded generator, so a failure names a text that can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => ((a = (a * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/** Texts dense in lexicon words: literal pieces of the terms themselves, glued with spaces, punctuation and emoji. */
function salads(count: number): string[] {
  const random = seeded(11);
  const pieces = lexicons.flatMap((l) => l.terms).flatMap((t) => t.split(/[()|?*+\\[\]{}^$.]+/)).map((p) => p.trim()).filter(Boolean);
  const glue = [' ', ' ', ' ', ', ', '. ', '! ', ' 🙄 ', '\n', ' #', "'", '-', ' 2 ', ' 15% ', ''];
  return Array.from({ length: count }, () => Array.from({ length: 25 }, () => `${pieces[Math.floor(random() * pieces.length)]}${glue[Math.floor(random() * glue.length)]}`).join(''));
}

const POLICIES = join(import.meta.dirname, '../../../../shared/policies');
const policyParagraphs = readdirSync(POLICIES).flatMap((f) => readFileSync(join(POLICIES, f), 'utf8').split(/\n\s*\n/)).slice(0, 600);

describe('indexed lexicon matching', () => {
  it('finds exactly what a scan of the whole text finds, for every built-in lexicon', () => {
    const texts = [...salads(400), ...policyParagraphs, '', '🙄', 'a', '#ad', 'x'.repeat(5000)].map(foldText);
    let matches = 0;
    for (const { name, lexicon } of lexicons) {
      for (const text of texts) {
        const expected = scan(lexicon, text);
        matches += expected.length;
        expect(matchLexicon(lexicon, text), `${name} in ${JSON.stringify(text.slice(0, 200))}`).toEqual(expected);
        expect(hasLexicon(lexicon, text)).toBe(expected.length > 0);
      }
    }
    expect(matches).toBeGreaterThan(3_000);
  });

  it('tries the terms keyed at one place in the lexicon order, back-references included', () => {
    const cases: Array<[string[], string]> = [
      [['ab', 'abc', 'a(b)\\1c', 'abbc?'], 'abbc abb ab abc'],
      [['wa(i)?t', 'wa', 'wait'], 'wait wat wa waiting'],
      [['l(?<v>o)l\\k<v>', 'lol', 'lolo'], 'lolo lol'],
    ];
    for (const [terms, text] of cases) {
      const lexicon = compileLexicon(`order-${terms.join('/')}`, terms);
      expect(matchLexicon(lexicon, text), terms.join(' | ')).toEqual(scan(lexicon, text));
    }
    // A back-reference counts the groups of its own term, as written: "a(b)\1x" is "abbx".
    const numbered = compileLexicon('order-numbered', ['(a)b\\w\\w\\w', 'a(b)\\1x', 'ab']);
    expect(matchLexicon(numbered, 'abbx abx abcde ab')).toEqual([[0, 4], [9, 14], [15, 17]]);
  });

  it('keys terms by how they begin, symbols included, and leaves free starts to a scan', () => {
    expect(termKeys('(mon|ma|mes)\\s+client')).toEqual(new Set(['mon cl', 'ma cli', 'mes cl']));
    expect(termKeys('therap(y|ie)')).toEqual(new Set(['therap']));
    expect(termKeys('my')).toEqual(new Set(['my']));
    expect(termKeys("i'm\\s+(sick|tired)")).toEqual(new Set(["i'm si", "i'm ti"]));
    expect(termKeys("t'es\\s+(nulle?|conne?)")).toEqual(new Set(["t'es n", "t'es c"]));
    expect(termKeys('f[\\*#]+k')).toContain('f*k');
    expect(termKeys('f[\\*#]+k')).toContain('f#*#*k');
    expect(termKeys('#ad')).toEqual(new Set(['#ad']));
    expect(termKeys('\\d{1,2}\\s+?%')?.size).toBe(110);
    expect(termKeys('refus\\w*\\s+(ses|son)')).toEqual(new Set(['refus']));
    expect(termKeys('[a-z]+ly')).toBeNull();
    expect(termKeys('\\w+ing')).toBeNull();
  });
});
