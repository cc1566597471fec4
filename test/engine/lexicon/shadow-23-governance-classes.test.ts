import { describe, expect, it } from 'vitest';
import { hasStarted, utcOffsetOf } from '../../../src/engine/context/time.js';
import { compileLexicon, hasLexicon } from '../../../src/engine/lexicon/compile.js';
import { CREDENTIALS } from '../../../src/engine/lexicon/terms/accounts.js';
import { RECOMMENDATION } from '../../../src/engine/lexicon/terms/commerce.js';
import { CONFIDENTIAL, WORKPLACE_STATEMENT } from '../../../src/engine/lexicon/terms/work.js';
import { foldText } from '../../../src/engine/text/fold.js';
import { screen } from '../screen.js';

const cases: [string, readonly string[], string[], string[]][] = [
  ['credentials: a named colleague\'s log-in asked for', CREDENTIALS,
    ["can u send me Farah's Hootsuite login?", "pls forward me Dan's password"],
    ["can u send me Farah's recipe for banana bread?", "send me Dan's login page link"]],
  ['confidential: a document marked internal', CONFIDENTIAL,
    ['Organigramme – version de travail – ne pas diffuser', 'DRAFT - not for distribution', 'internal use only'],
    ['ne pas oublier la soirée de vendredi', 'free for distribution at the library', 'merci de partager!']],
  ['workplace statement: a bio with separators', WORKPLACE_STATEMENT,
    ['Support Worker · STaSS · Southport', 'Care assistant | STaSS'],
    ['STaSS is a shambles', 'my rota · again']],
  ['recommendation: a provider vouched for', RECOMMENDATION,
    ["it's Nia at Crown & Coil, book her, she's worth every penny", 'Specsavers will see you within the week, I send everyone there'],
    ['my daughter is worth every penny of those lessons', 'I sent everyone a card this year']],
];

describe('classes from shadow-23 (governance)', () => {
  for (const [name, terms, positives, negatives] of cases) {
    const lexicon = compileLexicon(name, terms);
    it(`${name}: reads the class`, () => { for (const t of positives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(true); });
    it(`${name}: leaves look-alikes clean`, () => { for (const t of negatives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(false); });
  }

  it('a bare start date begins at local midnight when the offset is known', () => {
    const now = Date.parse('2026-11-23T16:10:00-05:00');
    expect(utcOffsetOf('2026-11-23T16:10:00-05:00')).toBe(-5 * 3_600_000);
    expect(hasStarted('2026-11-24', now, utcOffsetOf('2026-11-23T16:10:00-05:00'))).toBe(false);
    expect(hasStarted('2026-11-23', now, utcOffsetOf('2026-11-23T16:10:00-05:00'))).toBe(true);
    expect(hasStarted('2026-11-24', Date.parse('2026-11-24T00:05:00-05:00'), -5 * 3_600_000)).toBe(true);
    // No offset known: the earliest time zone's midnight, as before.
    expect(hasStarted('2026-11-24', now)).toBe(true);
  });

  it('Valoris: the agency account\'s password changed is blocked; one\'s own accounts are not', () => {
    const msg = (text: string) => screen('valoris', { action: 'message', channel: 'personal', platform: 'messenger', text });
    expect(msg('fyi I reset the pw on the agency FB this morning, it is Hawks#2026 now').categories).toContain('account-governance');
    expect(msg("j'ai changé le mot de passe du compte Facebook de l'agence").categories).toContain('account-governance');
    expect(msg('I reset the password on my bank account this morning, so annoying').verdict).toBe('allow');
    expect(msg('changed the password on my Netflix lol').verdict).toBe('allow');
  });

  it('CISSS: a post repeated whole with words added is repetition; a different post sharing words is not', () => {
    const at = (m: number) => `2026-11-21T09:${String(m).padStart(2, '0')}:00-05:00`;
    const comment = (text: string, earlier: string[]) => screen('cisss-gaspesie', { action: 'comment', channel: 'personal', platform: 'facebook', text, at: at(50) },
      { recentPosts: earlier.map((t, i) => ({ text: t, at: at(10 + i * 10) })) });
    expect(comment("Quelqu'un a trouvé un trousseau de clés près du CLSC de Matane? porte-clés des Canadiens", ["Quelqu'un a trouvé un trousseau de clés près du CLSC de Matane??"]).categories).toContain('spam-repetition');
    expect(comment("Quelqu'un a trouvé un chat gris près de l'aréna de Matane hier soir?", ["Quelqu'un a trouvé un trousseau de clés près du CLSC de Matane??"]).categories).not.toContain('spam-repetition');
    expect(comment('Merci! On se voit samedi au souper chez Julie avec les enfants', ['Merci!']).categories).not.toContain('spam-repetition');
  });
});
